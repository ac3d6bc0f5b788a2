package org.chainmap.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.SampleChains;
import org.chainmap.analysis.gaps.GapAnalysis;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.LinkGap;
import org.junit.jupiter.api.Test;

class CypherBaselineTest {
    private static final AnalysisConfig CONFIG = AnalysisConfig.defaults();

    @Test
    void shouldFindNoDifferenceInTheSameRows() {
        GapReport ours = new GapAnalysis(SampleChains.graph(), CONFIG.gaps()).of("ev");
        List<CypherBaseline.Row> theirs =
                ours.links().stream().map(CypherBaselineTest::rowOf).toList();

        assertThat(CypherBaseline.differenceFrom(List.of(ours), List.of(theirs)))
                .isNull();
    }

    @Test
    void shouldSayWhereTheRowsDiffer() {
        GapReport ours = new GapAnalysis(SampleChains.graph(), CONFIG.gaps()).of("ev");
        var first = ours.links().getFirst();
        var wrong = new CypherBaseline.Row(
                first.linkId(),
                first.status().name(),
                first.action(),
                first.coverage(),
                first.aboveScale(),
                first.dependency() + 1e-6,
                first.criticality(),
                first.gapScore());
        List<CypherBaseline.Row> rest =
                ours.links().stream().skip(1).map(CypherBaselineTest::rowOf).toList();
        List<CypherBaseline.Row> theirs = new ArrayList<>(List.of(wrong));
        theirs.addAll(rest);

        assertThat(CypherBaseline.differenceFrom(List.of(ours), List.of(theirs)))
                .startsWith("ev row 0:");
        assertThat(CypherBaseline.differenceFrom(List.of(ours), List.of(theirs.subList(1, theirs.size()))))
                .contains("chainmap has 7 links, the baseline 6");
    }

    private static CypherBaseline.Row rowOf(LinkGap g) {
        return new CypherBaseline.Row(
                g.linkId(),
                g.status().name(),
                g.action(),
                g.coverage(),
                g.aboveScale(),
                g.dependency(),
                g.criticality(),
                g.gapScore());
    }
}
