package org.chainmap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.gaps.GapAnalysis;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.GapStatus;
import org.chainmap.analysis.projection.ProjectionReader;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.store.ConnectionSettings;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plain-Cypher gap analysis answers the rows of chainmap's GapAnalysis, on the analysis fixture and the demo. */
class CypherBaselineIT {
    private static final AnalysisConfig CONFIG = AnalysisConfig.defaults();
    private static final Set<String> LOCAL = Set.of("370215", "370282");

    @TempDir
    Path dir;

    @Test
    void shouldAnswerTheGapRowsOfTheAnalysisFixture() throws URISyntaxException {
        Path folder = Path.of(
                getClass().getClassLoader().getResource("fixtures/analysis").toURI());
        try (Store store = Store.open(ConnectionSettings.embedded(dir.resolve("data")), false)) {
            new Importer(new Neo4jGraphWriter(store), LOCAL, Progress.NONE).run(ImportSource.of(folder), false);
            List<GapReport> chainmap = gapsOf(store);
            List<List<CypherBaseline.Row>> baseline = baselineOf(store, chainmap);

            assertThat(CypherBaseline.differenceFrom(chainmap, baseline)).isNull();
            assertThat(baseline.stream()
                            .flatMap(List::stream)
                            .map(CypherBaseline.Row::status)
                            .distinct())
                    .as("every status is exercised")
                    .containsExactlyInAnyOrder(
                            GapStatus.EXTEND.name(),
                            GapStatus.FILL.name(),
                            GapStatus.STRENGTHEN.name(),
                            GapStatus.OK.name());
        }
    }

    @Test
    void shouldAnswerTheGapRowsOfTheDemo() {
        try (Store store = Store.open(ConnectionSettings.embedded(dir.resolve("demo")), false)) {
            DemoData.importInto(new Neo4jGraphWriter(store), LOCAL, Progress.NONE);
            List<GapReport> chainmap = gapsOf(store);
            List<List<CypherBaseline.Row>> baseline = baselineOf(store, chainmap);

            assertThat(CypherBaseline.differenceFrom(chainmap, baseline)).isNull();
            assertThat(baseline).hasSize(15);
        }
    }

    private static List<GapReport> gapsOf(Store store) {
        return new GapAnalysis(new ProjectionReader(store).read(), CONFIG.gaps())
                .all()
                .chains();
    }

    private static List<List<CypherBaseline.Row>> baselineOf(Store store, List<GapReport> chainmap) {
        return new CypherBaseline(store, CONFIG)
                .gapsAll(chainmap.stream().map(g -> g.chain().id()).toList());
    }
}
