package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.chainmap.workbench.AuditEntry;
import org.chainmap.workbench.ProjectDetail;
import org.chainmap.workbench.StageEvent;
import org.chainmap.workbench.Visit;
import org.chainmap.workbench.VisitFilter;
import org.chainmap.workbench.Workbench;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports keep the stage history (SPEC section 10): a project's first event, a stage change by import as an event
 * and an audit entry, an older row that leaves the stage alone, and the ledgers of stage events and visits.
 */
class LedgerImportIT {
    @TempDir
    Path dir;

    Store store;
    Workbench workbench;

    @BeforeEach
    void importSmall() {
        store = TestNeo4j.clean();
        workbench = new Workbench(store, Clock.systemDefaultZone());
        importFrom(Fixtures.copy("small", dir));
    }

    private ImportSummary importFrom(Path path) {
        return new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                .run(ImportSource.of(path), false);
    }

    private Path folder(String name, String file, String content) throws Exception {
        Path f = Files.createDirectories(dir.resolve(name));
        Files.writeString(f.resolve(file), content);
        return f;
    }

    private ProjectDetail project(String id) {
        return workbench.projects().project(id).orElseThrow();
    }

    private static List<String> steps(ProjectDetail p) {
        return p.history().stream().map(e -> e.stage() + "@" + e.at()).toList();
    }

    @Test
    void shouldGiveEveryImportedProjectOneEventAtItsUpdatedDay() {
        assertThat(steps(project("P1"))).containsExactly("TALKS@2026-03-01");
        assertThat(steps(project("P2")))
                .as("the fixture's ledger before; a month is its first day")
                .containsExactly("LEAD@2025-11-01", "TALKS@2026-02-01", "SIGNED@2026-05-01");
        assertThat(steps(project("P3")))
                .as("a year is its first of January")
                .containsExactly("CONSTRUCTION@2026-01-01");
        assertThat(project("P1").history().getFirst().by()).isEqualTo("import");
        assertThat(project("P1").version()).isEqualTo(1);
    }

    @Test
    void shouldAppendAStageChangeByImportAndSkipAnOlderRow() throws Exception {
        List<String> before = TestNeo4j.fingerprint(store);
        ImportSummary same = importFrom(dir);
        assertThat(same.created() + same.updated()).isZero();
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);

        ImportSummary signed = importFrom(
                folder("signed", "projects.csv", "id,name,type,stage,updated\nP1,回收项目,CHAIN,签约,2026-04-01\n"));
        assertThat(signed.files().getFirst().updated()).isEqualTo(1);
        ProjectDetail p1 = project("P1");
        assertThat(p1.stage().name()).isEqualTo("SIGNED");
        assertThat(steps(p1)).containsExactly("TALKS@2026-03-01", "SIGNED@2026-04-01");
        assertThat(p1.version()).isEqualTo(2);
        List<AuditEntry> audit = workbench.audit().entries("project", "P1", 10);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("STAGE");
            assertThat(e.by()).isEqualTo("import");
            assertThat(e.changes().get("stage")).containsExactly("TALKS", "SIGNED");
        });
        assertThat(workbench.audit().entries("import", null, 10)).hasSize(2);

        ImportSummary older = importFrom(
                folder("older", "projects.csv", "id,name,type,stage,updated\nP1,回收项目,CHAIN,LEAD,2026-02-01\n"));
        assertThat(older.files().getFirst().skipped()).isEqualTo(1);
        assertThat(steps(project("P1"))).containsExactly("TALKS@2026-03-01", "SIGNED@2026-04-01");
        assertThat(project("P1").stage().name()).isEqualTo("SIGNED");
    }

    @Test
    void shouldKeepAHistoryMadeInTheWorkbenchAcrossAReimportOfTheProjects() throws Exception {
        var body = new ObjectMapper().readTree("{\"stage\": \"CONSTRUCTION\", \"owner\": \"王建国\"}");
        workbench.projects().change("P1", body, 1L, "李红梅");

        ImportSummary again = importFrom(dir);

        ProjectDetail p1 = project("P1");
        assertThat(again.files())
                .filteredOn(f -> f.file().equals("projects.csv"))
                .singleElement()
                .extracting(ImportSummary.FileSummary::skipped)
                .isEqualTo(1L);
        assertThat(p1.stage().name()).isEqualTo("CONSTRUCTION");
        assertThat(p1.owner())
                .as("a column the file does not have is left alone")
                .isEqualTo("王建国");
        assertThat(steps(p1)).containsExactly("TALKS@2026-03-01", "CONSTRUCTION@" + LocalDate.now());
    }

    @Test
    void shouldBringInALedgerOfStageEventsOnceAndFollowItsLatestEvent() throws Exception {
        Path ledger = folder("events", "project_events.csv", """
                项目编号,阶段,日期,经办人,备注
                P3,线索,2025-01,招商专班,首次接触
                P3,SIGNED,2025-06-15,王建国,
                P2,OPERATING,2026-08-01,王建国,提前投产
                """);
        ImportSummary first = importFrom(ledger);
        assertThat(first.files().getFirst().nodesCreated()).as("three events").isEqualTo(3);

        assertThat(steps(project("P3")))
                .containsExactly("LEAD@2025-01-01", "SIGNED@2025-06-15", "CONSTRUCTION@2026-01-01");
        assertThat(project("P3").stage().name()).as("still its latest event's").isEqualTo("CONSTRUCTION");
        assertThat(project("P3").history().getFirst())
                .isEqualTo(new StageEvent(org.chainmap.domain.ProjectStage.LEAD, "2025-01-01", "招商专班", "首次接触"));
        assertThat(project("P2").stage().name()).isEqualTo("OPERATING");

        List<String> before = TestNeo4j.fingerprint(store);
        ImportSummary again = importFrom(ledger);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
    }

    @Test
    void shouldBringInAVisitLedgerWithChineseHeadersOnce() throws Exception {
        Path ledger = folder(
                "visits", "visits.csv", """
                统一社会信用代码,走访日期,走访人,意向,走访情况,提及企业
                %s,2026-03-02,王建国,可引荐,愿意引荐回收企业,%s
                %s,2026/4/5,王建国,扩产,,
                """.formatted(Fixtures.ASSEMBLER, Fixtures.RECYCLER, Fixtures.ASSEMBLER));
        ImportSummary first = importFrom(ledger);
        assertThat(first.files().getFirst().nodesCreated()).isEqualTo(2);

        List<Visit> visits = workbench
                .visits()
                .list(new VisitFilter(Fixtures.ASSEMBLER, null, null, null), 10)
                .visits();
        assertThat(visits)
                .extracting(v -> v.date() + " " + v.intention())
                .containsExactly("2026-04-10 REFER", "2026-04-05 EXPAND", "2026-03-02 REFER");
        assertThat(visits.get(2).mentions()).extracting(m -> m.uscc()).containsExactly(Fixtures.RECYCLER);
        assertThat(workbench.visits().referrersOf(Fixtures.RECYCLER))
                .extracting(r -> r.uscc() + " " + r.source())
                .containsExactly(Fixtures.ASSEMBLER + " visit");

        List<String> before = TestNeo4j.fingerprint(store);
        assertThat(importFrom(ledger).created()).isZero();
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
    }

    @Test
    void shouldRefuseBadLedgerRowsNamingFileLineAndColumnAndWriteNothing() throws Exception {
        Path bad = folder(
                "bad",
                "visits.csv",
                "enterprise,date,intention,mentions\n"
                        + Fixtures.ASSEMBLER + ",2099-01-01,REFER,\n"
                        + Fixtures.ASSEMBLER + ",2026-01-01,想来,\n"
                        + Fixtures.ASSEMBLER + ",2026-01-02,NONE," + Fixtures.ASSEMBLER + "\n");
        Files.writeString(bad.resolve("project_events.csv"), "project,stage,at\nP9,TALKS,2026-01-01\nP1,TALKS,\n");
        List<String> before = TestNeo4j.fingerprint(store);

        assertThatThrownBy(() -> importFrom(bad))
                .isInstanceOf(ImportRejectedException.class)
                .satisfies(e -> assertThat(((ImportRejectedException) e).problems())
                        .extracting(p -> Path.of(p.file()).getFileName() + ":" + p.line() + ": " + p.column() + ": "
                                + p.reason())
                        .contains(
                                "visits.csv:2: date: 2099-01-01 is in the future",
                                "visits.csv:4: mentions: names the visited enterprise itself",
                                "project_events.csv:2: project: unknown project 'P9' (not in the input nor in the graph)",
                                "project_events.csv:3: at: value required")
                        .anyMatch(p -> p.startsWith("visits.csv:3: intention: unknown value '想来'")));
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
    }
}
