package org.chainmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.chainmap.domain.ProjectSource;
import org.chainmap.imports.Fixtures;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.pipeline.Conversion;
import org.chainmap.pipeline.PipelineService;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.chainmap.workbench.Projects;
import org.chainmap.workbench.Workbench;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as of a day on a small history, today being 2026-06-30. The fixture's projects: P1 CHAIN nev (a chain of
 * the bureau) TALKS since 2026-03-01, 5 亿元; P2 REFERRAL LEAD 2025-11-01, TALKS 2026-02-01, SIGNED 2026-05-01, 12
 * 亿元; P3 TECH_UPGRADE CONSTRUCTION since "2026" (counted from 2026-01-01), 0.8 亿元. Written here: P5 CHAIN nev moved
 * forward (LEAD 2025-03-01, TALKS 2025-06-01, SIGNED 2026-02-01); P6 CHAIN nev moved back with a note (TALKS
 * 2025-04-01, SIGNED 2025-09-01, TALKS 2026-01-15); P7 TECH_UPGRADE 2 亿元 dropped (LEAD 2025-05-01, CONSTRUCTION
 * 2025-08-01, DROPPED 2026-03-01); P8 REFERRAL 3 亿元 (LEAD 2026-04-01, SIGNED 2026-06-01); P9 CHAIN ic (not the
 * bureau's) from the targets' row of rank 4 (LEAD 2026-06-10, TALKS 2026-06-20).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportAsOfIT {
    static final String BUREAU = "区工业和信息化局";
    static final Clock TODAY = Clock.fixed(java.time.Instant.parse("2026-06-30T10:00:00Z"), ZoneOffset.UTC);

    ReportService reports;
    PipelineService pipeline;

    @BeforeAll
    void writeHistory(@TempDir Path dir) throws Exception {
        Store store = TestNeo4j.clean();
        new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                .run(ImportSource.of(Fixtures.copy("small", dir)), false);
        Projects projects = new Workbench(store, TODAY).projects();
        ObjectMapper json = new ObjectMapper();
        projects.create(
                json.readTree(
                        "{\"id\":\"P5\",\"name\":\"前进\",\"type\":\"CHAIN\",\"chain\":\"nev\",\"stage\":\"LEAD\",\"at\":\"2025-03-01\"}"),
                "test");
        projects.change("P5", json.readTree("{\"stage\":\"TALKS\",\"at\":\"2025-06-01\"}"), null, "test");
        projects.change("P5", json.readTree("{\"stage\":\"SIGNED\",\"at\":\"2026-02-01\"}"), null, "test");
        projects.create(
                json.readTree(
                        "{\"id\":\"P6\",\"name\":\"回退\",\"type\":\"CHAIN\",\"chain\":\"nev\",\"stage\":\"TALKS\",\"at\":\"2025-04-01\"}"),
                "test");
        projects.change("P6", json.readTree("{\"stage\":\"SIGNED\",\"at\":\"2025-09-01\"}"), null, "test");
        projects.change(
                "P6", json.readTree("{\"stage\":\"TALKS\",\"at\":\"2026-01-15\",\"note\":\"资金未到位\"}"), null, "test");
        projects.create(
                json.readTree("{\"id\":\"P7\",\"name\":\"终止\",\"type\":\"TECH_UPGRADE\",\"investment\":20000,"
                        + "\"stage\":\"LEAD\",\"at\":\"2025-05-01\"}"),
                "test");
        projects.change("P7", json.readTree("{\"stage\":\"CONSTRUCTION\",\"at\":\"2025-08-01\"}"), null, "test");
        projects.change("P7", json.readTree("{\"stage\":\"DROPPED\",\"at\":\"2026-03-01\"}"), null, "test");
        projects.create(
                json.readTree("{\"id\":\"P8\",\"name\":\"新引荐\",\"type\":\"REFERRAL\",\"investment\":30000,"
                        + "\"stage\":\"LEAD\",\"at\":\"2026-04-01\"}"),
                "test");
        projects.change("P8", json.readTree("{\"stage\":\"SIGNED\",\"at\":\"2026-06-01\"}"), null, "test");
        projects.create(
                json.readTree("{\"id\":\"P9\",\"name\":\"推荐\",\"type\":\"CHAIN\",\"chain\":\"ic\",\"stage\":\"LEAD\","
                        + "\"at\":\"2026-06-10\",\"source\":\"TARGETS\",\"recommended\":{\"rank\":4,\"score\":0.71}}"),
                "test");
        projects.change("P9", json.readTree("{\"stage\":\"TALKS\",\"at\":\"2026-06-20\"}"), null, "test");
        reports = new ReportService(store, BUREAU, TODAY);
        pipeline = new PipelineService(store);
    }

    @Test
    void shouldCountEachProjectAtTheStageOfItsLastEventByTheDay() {
        // 2025-10-01: P5 TALKS, P6 SIGNED, P7 CONSTRUCTION; P1, P2, P3 and P8 had no event yet
        Headline h = reports.report(LocalDate.parse("2025-10-01")).headline();
        assertThat(h.chainProjects()).isEqualTo(new Headline.ChainProjects(1, 1, 0));
        assertThat(h.techUpgrade()).isEqualTo(new Headline.TechUpgrade(1, 2.0, 1));
        assertThat(h.referral()).isEqualTo(new Headline.Referral(0, 0.0, 0));
    }

    @Test
    void shouldGiveTheProjectsByChainAndStageOfTheDay() {
        // 2025-10-01: nev P5 TALKS, P6 SIGNED; without a chain P7 CONSTRUCTION
        var pipeline = reports.report(LocalDate.parse("2025-10-01")).pipeline();
        assertThat(pipeline).hasSize(2);
        assertThat(pipeline.get(0).chain().id()).isEqualTo("nev");
        assertThat(pipeline.get(0).stages())
                .containsExactly(
                        java.util.Map.entry("LEAD", 0L),
                        java.util.Map.entry("TALKS", 1L),
                        java.util.Map.entry("SIGNED", 1L),
                        java.util.Map.entry("CONSTRUCTION", 0L),
                        java.util.Map.entry("OPERATING", 0L),
                        java.util.Map.entry("DROPPED", 0L));
        assertThat(pipeline.get(1).chain()).isNull();
        assertThat(pipeline.get(1).stages()).containsEntry("CONSTRUCTION", 1L);
        assertThat(pipeline.get(1).total()).isEqualTo(1);
    }

    @Test
    void shouldCountAProjectMovedBackAtItsEarlierStageAndADroppedOneAsNeitherStartedNorInTheFunnel() {
        // 2026-06-30: P1 TALKS, P6 TALKS (back), P5 SIGNED; P3 CONSTRUCTION, P7 DROPPED (counted, not started);
        // P2 SIGNED, P8 SIGNED: 12 + 3 亿元
        Report r = reports.report(LocalDate.parse("2026-06-30"));
        assertThat(r.headline().chainProjects()).isEqualTo(new Headline.ChainProjects(2, 1, 0));
        assertThat(r.headline().techUpgrade()).isEqualTo(new Headline.TechUpgrade(2, 2.8, 1));
        assertThat(r.headline().referral()).isEqualTo(new Headline.Referral(2, 15.0, 2));
        assertThat(r.asOf()).isEqualTo("2026-06-30");
    }

    @Test
    void shouldCompareWithAYearBefore() {
        // 2025-06-30: P5 TALKS, P6 TALKS, P7 LEAD (2 亿元, not started)
        Report r = reports.report(LocalDate.parse("2026-06-30"));
        assertThat(r.trend().get("chainProjects.TALKS")).isEqualTo(new Trend(2L, 2L, 0L));
        assertThat(r.trend().get("chainProjects.SIGNED")).isEqualTo(new Trend(0L, 1L, 1L));
        assertThat(r.trend().get("techUpgrade.count")).isEqualTo(new Trend(1L, 2L, 1L));
        assertThat(r.trend().get("techUpgrade.investmentYi")).isEqualTo(new Trend(2.0, 2.8, 0.8));
        assertThat(r.trend().get("techUpgrade.started")).isEqualTo(new Trend(0L, 1L, 1L));
        assertThat(r.trend().get("referral.investmentYi")).isEqualTo(new Trend(0.0, 15.0, 15.0));
        assertThat(r.trend()).hasSize(9);
    }

    @Test
    void shouldCountAnEventDatedByItsYearFromTheFirstDayOfThatYear() {
        assertThat(reports.report(LocalDate.parse("2025-12-31")).headline().techUpgrade())
                .isEqualTo(new Headline.TechUpgrade(1, 2.0, 1)); // P7 only
        assertThat(reports.report(LocalDate.parse("2026-01-01")).headline().techUpgrade())
                .isEqualTo(new Headline.TechUpgrade(2, 2.8, 2)); // P3 from "2026"
    }

    @Test
    void shouldGiveTodayByTheCurrentStagesAsTheHistoryGivesIt() {
        Report today = reports.report();
        assertThat(today.asOf()).isEqualTo("2026-06-30");
        assertThat(today.headline())
                .isEqualTo(reports.report(LocalDate.parse("2026-06-30")).headline());
        assertThat(today.trend())
                .isEqualTo(reports.report(LocalDate.parse("2026-06-30")).trend());
    }

    @Test
    void shouldShowTheClassesOfTheLatestEvaluatedYearUpToTheYearOfTheDay() {
        assertThat(reports.report(LocalDate.parse("2026-03-01")).evaluation().year())
                .isEqualTo(2025);
        assertThat(reports.report(LocalDate.parse("2024-12-31")).evaluation())
                .isEqualTo(new ClassDistribution(null, java.util.List.of()));
    }

    @Test
    void shouldMeasureTheConversionOfRecommendationsByTheStagesReached() {
        assertThat(row(ProjectSource.TARGETS, Conversion.Band.TOP_10))
                .isEqualTo(
                        new Conversion.ConversionRow(ProjectSource.TARGETS, Conversion.Band.TOP_10, 1, 1, 0, 1.0, 0.0));
        // P1 (TALKS), P2, P3, P5, P6 (signed, then back), P7 (under construction, then dropped), P8: all but P1 signed
        assertThat(row(ProjectSource.OTHER, Conversion.Band.NONE))
                .isEqualTo(
                        new Conversion.ConversionRow(ProjectSource.OTHER, Conversion.Band.NONE, 7, 7, 6, 1.0, 6 / 7.0));
    }

    private Conversion.ConversionRow row(ProjectSource source, Conversion.Band band) {
        return pipeline.conversion().rows().stream()
                .filter(r -> r.source() == source && r.band() == band)
                .findFirst()
                .orElseThrow();
    }
}
