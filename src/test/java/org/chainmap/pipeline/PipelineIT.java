package org.chainmap.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.LinkRef;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.chainmap.imports.Fixtures;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline of the small fixture (P1 CHAIN TALKS 5 亿元 for nev.recycling; P2 REFERRAL SIGNED 12 亿元 for ic.chips,
 * referred by the assembler, in pk2; P3 TECH_UPGRADE CONSTRUCTION 0.8 亿元 for nev.motors) and a dropped P4 for
 * nev.cells.
 */
class PipelineIT {
    @TempDir
    Path dir;

    PipelineService pipeline;

    @BeforeEach
    void importProjects() {
        Store store = TestNeo4j.clean();
        Fixtures.copy("small", dir);
        Fixtures.append(dir, "projects.csv", "P4,电池项目,CHAIN,终止,3000,nev,nev.cells,,,,2026-04,,,,");
        new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                .run(ImportSource.of(dir), false);
        pipeline = new PipelineService(store);
    }

    @Nested
    class TheList {
        @Test
        void shouldShowEachProjectWithWhatItIsTiedTo() {
            List<Project> all = pipeline.projects(ProjectFilter.ALL).projects();
            assertThat(all).extracting(Project::id).containsExactly("P1", "P2", "P3", "P4");
            Project p2 = all.get(1);
            assertThat(p2.type()).isEqualTo(ProjectType.REFERRAL);
            assertThat(p2.stage()).isEqualTo(ProjectStage.SIGNED);
            assertThat(p2.investment()).isEqualTo(120_000.0);
            assertThat(p2.investmentYi()).isEqualTo(12.0);
            assertThat(p2.chain()).isEqualTo(new ChainRef("ic", "集成电路", "Integrated circuits"));
            assertThat(p2.link()).isEqualTo(new LinkRef("ic.chips", "汽车芯片", "Automotive chips", "ic"));
            assertThat(p2.investor()).isEqualTo(new EnterpriseRef(Fixtures.CHIPS, "深圳丁芯片有限公司"));
            assertThat(p2.referrer()).isEqualTo(new EnterpriseRef(Fixtures.ASSEMBLER, "青岛戊整车有限公司"));
            assertThat(p2.park()).isEqualTo(new Ref("pk2", "即墨芯片园"));
            assertThat(p2.updated()).isEqualTo("2026-05");
            assertThat(all.get(0).park()).isNull();
            assertThat(all.get(0).referrer()).isNull();
        }

        @Test
        void shouldFilterByChainTypeAndStage() {
            assertThat(pipeline.projects(new ProjectFilter("nev", null, null)).projects())
                    .extracting(Project::id)
                    .containsExactly("P1", "P3", "P4");
            assertThat(pipeline.projects(new ProjectFilter(null, ProjectType.CHAIN, null))
                            .projects())
                    .extracting(Project::id)
                    .containsExactly("P1", "P4");
            assertThat(pipeline.projects(new ProjectFilter("nev", ProjectType.CHAIN, ProjectStage.TALKS))
                            .projects())
                    .extracting(Project::id)
                    .containsExactly("P1");
            assertThat(pipeline.projects(new ProjectFilter("food", null, null)).projects())
                    .isEmpty();
        }
    }

    @Nested
    class TheSummary {
        @Test
        void shouldCountTheFunnelAndKeepTheDroppedProjectApart() {
            PipelineSummary s = pipeline.summary(ProjectFilter.ALL);
            assertThat(s.projects()).isEqualTo(4);
            assertThat(s.funnel()).extracting(StageFigure::count).containsExactly(0L, 1L, 1L, 1L, 0L);
            assertThat(s.funnel()).extracting(StageFigure::reached).containsExactly(3L, 3L, 2L, 1L, 0L);
            assertThat(s.dropped().count()).isEqualTo(1);
            // 50,000 + 120,000 + 8,000 + 3,000 万元
            assertThat(s.investmentYi()).isEqualTo(18.1);
            assertThat(s.byChain())
                    .extracting(GroupFigure::id, GroupFigure::count, GroupFigure::investmentYi)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("nev", 3L, 6.1),
                            org.assertj.core.groups.Tuple.tuple("ic", 1L, 12.0));
        }
    }

    @Nested
    class TheGapLinks {
        @Test
        void shouldGiveTheFurthestStageForEachGapLinkAndTheOnesWithout() {
            GapCoverage c = pipeline.gapCoverage(List.of("nev.recycling", "nev.cells", "nev.materials", "ic.chips"));
            assertThat(c.links())
                    .extracting(
                            GapLinkProgress::linkId,
                            GapLinkProgress::name,
                            GapLinkProgress::furthestStage,
                            GapLinkProgress::dropped)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("nev.recycling", "电池回收", ProjectStage.TALKS, 0L),
                            org.assertj.core.groups.Tuple.tuple("nev.cells", "动力电池", null, 1L),
                            org.assertj.core.groups.Tuple.tuple("nev.materials", "电池材料", null, 0L),
                            org.assertj.core.groups.Tuple.tuple("ic.chips", "汽车芯片", ProjectStage.SIGNED, 0L));
            assertThat(c.withoutProject()).containsExactly("nev.cells", "nev.materials");
        }
    }
}
