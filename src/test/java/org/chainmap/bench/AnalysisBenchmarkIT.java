package org.chainmap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.Progress;
import org.chainmap.report.Counts;
import org.chainmap.report.ReportService;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.Test;

/** The analysis benchmark on the demo data: what it counts and checks, not how fast (figures go to BENCHMARKS.md). */
class AnalysisBenchmarkIT {
    @Test
    void shouldCountTheStoreCheckTheBaselineAndLeaveTheGraphAsItWas() {
        Store store = TestNeo4j.clean();
        DemoData.importInto(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE);
        Counts before = new ReportService(store, "").counts();
        var graph = TestNeo4j.fingerprint(store);

        AnalysisFigures figures = new AnalysisBenchmark(store, AnalysisConfig.defaults(), 512).run();

        assertThat(figures.enterprises()).isEqualTo(before.enterprises());
        assertThat(figures.supplies()).isEqualTo(before.supplies());
        assertThat(figures.chains()).isEqualTo((int) before.chains());
        assertThat(figures.leaders()).isPositive();
        assertThat(figures.baselineMatches()).isTrue();
        assertThat(figures.baselineDifference()).isNull();
        assertThat(figures.pageCacheMb()).isEqualTo(512);
        assertThat(figures.peakHeapMb()).isPositive().isLessThanOrEqualTo(figures.maxHeapMb());
        assertThat(figures.gapsAndTargetsColdMs())
                .isEqualTo(figures.gapsAllChainsMs() + figures.projectionMs() + figures.targetsAllChainsMs());
        assertThat(figures.coldSpeedup())
                .isEqualTo(figures.cypherBaselineGapsMs() / Math.max(0.001, figures.gapsAllChainsMs()));
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(graph);
    }
}
