package org.chainmap.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.domain.ProjectStage.CONSTRUCTION;
import static org.chainmap.domain.ProjectStage.DROPPED;
import static org.chainmap.domain.ProjectStage.LEAD;
import static org.chainmap.domain.ProjectStage.OPERATING;
import static org.chainmap.domain.ProjectStage.SIGNED;
import static org.chainmap.domain.ProjectStage.TALKS;
import static org.chainmap.domain.ProjectType.CHAIN;
import static org.chainmap.domain.ProjectType.REFERRAL;
import static org.chainmap.domain.ProjectType.TECH_UPGRADE;

import java.util.List;
import java.util.Map;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.LinkRef;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PipelineFunnelTest {
    private static final ChainRef NEV = new ChainRef("nev", "新能源汽车", "New energy vehicles");
    private static final ChainRef IC = new ChainRef("ic", "集成电路", null);

    private static Project project(
            String id, ProjectType type, ProjectStage stage, Double wan, ChainRef chain, String link) {
        return Project.of(
                id,
                "项目" + id,
                type,
                stage,
                wan,
                chain,
                link == null ? null : new LinkRef(link, "环节" + link, null, chain == null ? null : chain.id()),
                null,
                null,
                null,
                "2026-01");
    }

    /**
     * <pre>
     * P1 CHAIN        TALKS         5,000 万元  nev  nev.cells
     * P2 CHAIN        SIGNED       12,000       nev  nev.cells
     * P3 REFERRAL     CONSTRUCTION 30,000       ic   ic.chips
     * P4 TECH_UPGRADE OPERATING     8,000       nev  nev.motors
     * P5 CHAIN        DROPPED       2,500       ic   ic.design
     * P6 CHAIN        LEAD          unknown     ic   ic.chips
     * P7 TECH_UPGRADE CONSTRUCTION  1,234.5    none  none
     * </pre>
     */
    private static final List<Project> PROJECTS = List.of(
            project("P1", CHAIN, TALKS, 5_000.0, NEV, "nev.cells"),
            project("P2", CHAIN, SIGNED, 12_000.0, NEV, "nev.cells"),
            project("P3", REFERRAL, CONSTRUCTION, 30_000.0, IC, "ic.chips"),
            project("P4", TECH_UPGRADE, OPERATING, 8_000.0, NEV, "nev.motors"),
            project("P5", CHAIN, DROPPED, 2_500.0, IC, "ic.design"),
            project("P6", CHAIN, LEAD, null, IC, "ic.chips"),
            project("P7", TECH_UPGRADE, CONSTRUCTION, 1_234.5, null, null));

    @Nested
    class Funnel {
        final PipelineSummary summary = PipelineFunnel.summarise(PROJECTS);

        @Test
        void shouldCountEachStageInPipelineOrderAndWhatReachedIt() {
            assertThat(summary.funnel())
                    .extracting(StageFigure::stage)
                    .containsExactly(LEAD, TALKS, SIGNED, CONSTRUCTION, OPERATING);
            assertThat(summary.funnel()).extracting(StageFigure::count).containsExactly(1L, 1L, 1L, 2L, 1L);
            // reached: the six live projects reached LEAD; TALKS or beyond 5; SIGNED or beyond 4; ...
            assertThat(summary.funnel()).extracting(StageFigure::reached).containsExactly(6L, 5L, 4L, 3L, 1L);
        }

        @Test
        void shouldCountDroppedProjectsApart() {
            assertThat(summary.dropped().count()).isEqualTo(1);
            assertThat(summary.dropped().investmentYi()).isEqualTo(0.25);
            assertThat(summary.projects()).isEqualTo(7);
        }

        @Test
        void shouldTotalInvestmentInYiWithoutRoundingNoise() {
            // 5,000 + 12,000 + 30,000 + 8,000 + 2,500 + 1,234.5 = 58,734.5 万元 = 5.87345 亿元 (P6 unknown)
            assertThat(summary.investmentYi()).isEqualTo(5.87345);
            // construction: 30,000 + 1,234.5 = 31,234.5 万元
            assertThat(summary.funnel().get(3).investmentYi()).isEqualTo(3.12345);
        }

        @Test
        void shouldPutBesideEachReachedCountTheMoneyOfTheSameProjects() {
            // LEAD or beyond: the six live ones, 5,000 + 12,000 + 30,000 + 8,000 + 1,234.5 = 56,234.5 万元 (P6 unknown);
            // SIGNED or beyond: P2, P3, P4, P7 = 51,234.5; OPERATING: P4 = 8,000
            assertThat(summary.funnel())
                    .extracting(StageFigure::reachedInvestmentYi)
                    .containsExactly(5.62345, 5.62345, 5.12345, 3.92345, 0.8);
        }

        @Test
        void shouldGroupByEveryTypeInOrder() {
            assertThat(summary.byType())
                    .extracting(GroupFigure::id, GroupFigure::count, GroupFigure::investmentYi)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("CHAIN", 4L, 1.95),
                            org.assertj.core.groups.Tuple.tuple("REFERRAL", 1L, 3.0),
                            org.assertj.core.groups.Tuple.tuple("PARK", 0L, 0.0),
                            org.assertj.core.groups.Tuple.tuple("TECH_UPGRADE", 2L, 0.92345));
            assertThat(summary.byType().getFirst().stages()).isEqualTo(new StageCounts(1, 1, 1, 0, 0, 1));
        }

        @Test
        void shouldGroupByChainMostProjectsFirstAndProjectsWithoutAChainLast() {
            assertThat(summary.byChain())
                    .extracting(GroupFigure::id, GroupFigure::name, GroupFigure::count)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("ic", "集成电路", 3L),
                            org.assertj.core.groups.Tuple.tuple("nev", "新能源汽车", 3L),
                            org.assertj.core.groups.Tuple.tuple(null, null, 1L));
        }
    }

    @Nested
    class GapLinks {
        final Map<String, LinkRef> links = Map.of(
                "nev.cells", new LinkRef("nev.cells", "动力电池", null, "nev"),
                "ic.design", new LinkRef("ic.design", "芯片设计", null, "ic"),
                "ic.chips", new LinkRef("ic.chips", "汽车芯片", null, "ic"),
                "nev.recycling", new LinkRef("nev.recycling", "电池回收", null, "nev"));

        @Test
        void shouldReportTheFurthestStageAProjectReachedForEachGapLink() {
            GapCoverage c =
                    GapProgress.of(List.of("nev.cells", "ic.chips", "ic.design", "nev.recycling"), PROJECTS, links);
            assertThat(c.links())
                    .extracting(
                            GapLinkProgress::linkId,
                            GapLinkProgress::furthestStage,
                            GapLinkProgress::projects,
                            GapLinkProgress::dropped)
                    .containsExactly(
                            // P1 TALKS and P2 SIGNED
                            org.assertj.core.groups.Tuple.tuple("nev.cells", SIGNED, 2L, 0L),
                            // P6 LEAD and P3 CONSTRUCTION
                            org.assertj.core.groups.Tuple.tuple("ic.chips", CONSTRUCTION, 2L, 0L),
                            // only P5, dropped
                            org.assertj.core.groups.Tuple.tuple("ic.design", null, 0L, 1L),
                            org.assertj.core.groups.Tuple.tuple("nev.recycling", null, 0L, 0L));
            assertThat(c.links().getFirst().name()).isEqualTo("动力电池");
        }

        @Test
        void shouldListTheGapLinksWithoutALiveProject() {
            GapCoverage c = GapProgress.of(
                    List.of("nev.recycling", "ic.design", "nev.cells", "nev.recycling"), PROJECTS, links);
            assertThat(c.withoutProject()).containsExactly("nev.recycling", "ic.design");
        }

        @Test
        void shouldReportAnUnknownLinkWithoutName() {
            GapCoverage c = GapProgress.of(List.of("nope"), PROJECTS, links);
            assertThat(c.links().getFirst().name()).isNull();
            assertThat(c.withoutProject()).containsExactly("nope");
        }
    }
}
