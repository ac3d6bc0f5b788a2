package org.chainmap.analysis.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.Progress;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With the place part weighing nothing, the demo's targets whose revenue and ties are known score exactly as they
 * did before the sparse-data fallbacks ({@code answers-before-place/}, the answers recorded then): the fallbacks
 * only act where data is missing.
 */
class PlaceWeightZeroIT {
    private static final Set<String> TIES = Set.of("TIE", "TWO_HOP", "ADAMIC_ADAR");
    private static AnalysisService service;

    @BeforeAll
    static void loadDemo() {
        Store store = TestNeo4j.clean();
        DemoData.importInto(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE);
        AnalysisConfig defaults = AnalysisConfig.defaults();
        service = AnalysisService.over(
                store,
                new AnalysisConfig(
                        defaults.gaps(),
                        defaults.targets().withPlaceWeight(0),
                        defaults.referrals(),
                        defaults.resilience()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nev", "ic"})
    void shouldScoreTargetsWithRevenueAndTiesAsBefore(String chain) throws IOException {
        JsonNode before;
        try (InputStream in = getClass()
                .getClassLoader()
                .getResourceAsStream("answers-before-place/chains_" + chain + "_targets.json")) {
            before = new ObjectMapper().readTree(in);
        }
        Map<String, TargetRow> now =
                service.targets(chain, TargetFilter.NONE, new Page(Page.MAX_LIMIT, 0)).targets().stream()
                        .collect(Collectors.toMap(TargetRow::uscc, Function.identity()));
        int compared = 0;
        for (JsonNode row : before.get("targets")) {
            var kinds = StreamSupport.stream(row.get("evidence").spliterator(), false)
                    .map(e -> e.get("kind").asText())
                    .collect(Collectors.toSet());
            if (!kinds.contains("REVENUE") || kinds.stream().noneMatch(TIES::contains)) {
                continue;
            }
            TargetRow r = now.get(row.get("uscc").asText());
            JsonNode parts = row.get("parts");
            assertThat(r).as(row.get("uscc").asText()).isNotNull();
            assertThat(r.score()).isCloseTo(row.get("score").asDouble(), within(1e-12));
            assertThat(r.parts().gap()).isCloseTo(parts.get("gap").asDouble(), within(1e-12));
            assertThat(r.parts().strength()).isCloseTo(parts.get("strength").asDouble(), within(1e-12));
            assertThat(r.parts().proximity()).isCloseTo(parts.get("proximity").asDouble(), within(1e-12));
            assertThat(r.parts().park()).isCloseTo(parts.get("park").asDouble(), within(1e-12));
            assertThat(r.parts().place()).isZero();
            compared++;
        }
        assertThat(compared)
                .as("rows with revenue and ties in the recorded answer")
                .isGreaterThan(5);
    }
}
