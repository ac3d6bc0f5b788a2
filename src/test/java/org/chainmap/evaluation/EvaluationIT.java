package org.chainmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.domain.Scale;
import org.chainmap.imports.Fixtures;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation service on the small fixture: two above-scale enterprises and one below-scale park tenant. */
class EvaluationIT {
    @TempDir
    Path dir;

    Store store;
    EvaluationService service;

    @BeforeEach
    void importSmallFixture() {
        store = TestNeo4j.clean();
        new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                .run(ImportSource.of(Fixtures.copy("small", dir)), false);
        service = new EvaluationService(store);
    }

    @Test
    void shouldReadEachEvaluationRowWithItsEnterpriseAndParks() {
        List<EvaluationInput> inputs = service.inputs(2025);
        assertThat(inputs)
                .extracting(EvaluationInput::uscc)
                .containsExactly(Fixtures.BATTERY, Fixtures.ASSEMBLER, Fixtures.MOTOR);
        assertThat(inputs.get(0))
                .isEqualTo(new EvaluationInput(
                        Fixtures.BATTERY,
                        "青岛甲电池有限公司",
                        Scale.ABOVE,
                        2100.0,
                        12000.0,
                        52000.0,
                        3000.0,
                        40.0,
                        8_000_000.0,
                        2600.0,
                        380L,
                        120.0,
                        null,
                        List.of()));
        assertThat(inputs.get(2).scale()).isEqualTo(Scale.BELOW);
        assertThat(inputs.get(2).landMu()).isNull();
        assertThat(inputs.get(2).parks()).containsExactly(new ParkSpace("pk1", 80.5, 120_000.0, 6L));
        assertThat(service.inputs(2024)).isEmpty();
    }

    @Test
    void shouldApportionTheParksLandToItsTenant() {
        EvaluationRow motor = service.evaluate(2025, EvaluationConfig.defaults()).rows().stream()
                .filter(r -> r.uscc().equals(Fixtures.MOTOR))
                .findFirst()
                .orElseThrow();
        // 80.5 mu × 3,000 m² / 120,000 m² = 2.0125 mu; tax 40 / 2.0125
        assertThat(motor.landMu()).isCloseTo(2.0125, within(1e-12));
        assertThat(motor.landApportionedFrom()).isEqualTo("pk1");
        assertThat(motor.indicators().get("taxPerMu")).isCloseTo(40 / 2.0125, within(1e-9));
    }

    @Test
    void shouldClassEachGroupSeparately() {
        EvaluationResult result = service.evaluate(2025, EvaluationConfig.defaults());
        // above: two enterprises, A has floor(0.25 × 2) = 0 places: ranks 1 and 2 give B and D;
        // below: a lone enterprise has p = 1 / 1 and is D
        assertThat(result.rows())
                .extracting(EvaluationRow::scale, EvaluationRow::rank, EvaluationRow::className)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Scale.ABOVE, 1, "B"),
                        org.assertj.core.groups.Tuple.tuple(Scale.ABOVE, 2, "D"),
                        org.assertj.core.groups.Tuple.tuple(Scale.BELOW, 1, "D"));
        assertThat(result.rows().getFirst().uscc()).isEqualTo(Fixtures.ASSEMBLER);
    }

    @Test
    void shouldWriteScoreRankAndClassOntoTheEvaluationNodesIdempotently() {
        EvaluationResult result = service.evaluate(2025, EvaluationConfig.defaults());
        assertThat(service.save(result)).isEqualTo(3);
        List<String> once = TestNeo4j.fingerprint(store);
        service.save(result);
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(once);

        var saved = store.read("test/evaluation-results", Map.of("year", 2025));
        assertThat(saved)
                .extracting(
                        r -> r.get("uscc").asString(),
                        r -> r.get("class").asString(),
                        r -> r.get("rank").asInt())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Fixtures.ASSEMBLER, "B", 1),
                        org.assertj.core.groups.Tuple.tuple(Fixtures.BATTERY, "D", 2),
                        org.assertj.core.groups.Tuple.tuple(Fixtures.MOTOR, "D", 1));
        double assemblerScore = result.rows().getFirst().score();
        assertThat(saved)
                .filteredOn(r -> r.get("uscc").asString().equals(Fixtures.ASSEMBLER))
                .singleElement()
                .satisfies(r -> assertThat(r.get("score").asDouble()).isEqualTo(assemblerScore));
    }
}
