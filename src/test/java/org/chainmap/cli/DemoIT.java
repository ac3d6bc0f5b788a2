package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.api.ApiServer;
import org.chainmap.api.Services;
import org.chainmap.export.Json;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.Progress;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** The evaluate, parks and projects commands on the demo data set (SPEC section 8), read back as JSON. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoIT {
    @TempDir
    Path dir;

    Store store;

    @BeforeAll
    void importDemo() {
        store = TestNeo4j.clean();
        DemoData.importInto(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE);
    }

    /** Runs a command as the command line would parse it, on the shared store, and reads back its JSON. */
    private JsonNode run(StoreCommand command, String... args) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime() + ".json");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json", "--out", out.toString()));
        new CommandLine(command).parseArgs(all.toArray(String[]::new));
        command.checkOptions();
        assertThat(command.run(store)).isZero();
        return Json.mapper().readTree(out.toFile());
    }

    private static List<CSVRecord> demoCsv(String file) throws IOException {
        try (Reader in = new InputStreamReader(
                DemoIT.class.getClassLoader().getResourceAsStream("demo/" + file), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }

    @Nested
    class Evaluate {
        @Test
        void shouldClassEveryLocalEnterpriseWithARowForTheYear() throws IOException {
            JsonNode result = run(new EvaluateCommand(), "--year", "2025");
            assertThat(result.get("year").asInt()).isEqualTo(2025);
            Set<String> classed = new HashSet<>();
            for (JsonNode row : result.get("rows")) {
                assertThat(row.get("class").asText()).isIn("A", "B", "C", "D");
                classed.add(row.get("uscc").asText());
            }
            List<String> local = store.read("test/local-evaluated", Map.of("year", 2025)).stream()
                    .map(r -> r.get("uscc").asString())
                    .toList();
            assertThat(local).hasSizeGreaterThan(300);
            assertThat(classed).containsAll(local);
        }

        @Test
        void shouldGiveAboutAQuarterOfEachGroupClassA() throws IOException {
            JsonNode result = run(new EvaluateCommand(), "--year", "2025");
            for (String scale : List.of("ABOVE", "BELOW")) {
                int n = 0;
                int a = 0;
                for (JsonNode row : result.get("rows")) {
                    if (row.get("scale").asText().equals(scale)) {
                        n++;
                        a += row.get("class").asText().equals("A") ? 1 : 0;
                    }
                }
                assertThat(n).as(scale).isGreaterThan(100);
                assertThat((double) a / n).as(scale).isBetween(0.22, 0.28);
            }
        }

        @Test
        void shouldNarrowToOneGroupWithScale() throws IOException {
            JsonNode result = run(new EvaluateCommand(), "--year", "2025", "--scale", "BELOW");
            assertThat(result.get("rows"))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get("scale").asText()).isEqualTo("BELOW"));
            assertThat(result.get("rows").get(0).get("rank").asInt()).isEqualTo(1);
        }
    }

    @Nested
    class Parks {
        @Test
        void shouldListTwentyParksFourteenOfThemCertified() throws IOException {
            JsonNode parks = run(new ParksCommand()).get("parks");
            assertThat(parks).hasSize(20);
            int certified = 0;
            for (JsonNode p : parks) {
                certified += p.get("certified").asBoolean() ? 1 : 0;
                assertThat(p.get("occupancy").asDouble()).isBetween(0.0, 1.0);
            }
            assertThat(certified).isEqualTo(14);
        }

        @Test
        void shouldShowAParksTenants() throws IOException {
            JsonNode detail = run(new ParksCommand(), "--id", "nev-parts");
            long tenants = demoCsv("tenants.csv").stream()
                    .filter(r -> r.get("park_id").equals("nev-parts"))
                    .count();
            assertThat(detail.get("tenants")).hasSize((int) tenants);
            assertThat(detail.get("park").get("tenantCount").asInt()).isEqualTo((int) tenants);
        }
    }

    @Nested
    class Projects {
        @Test
        void shouldCountTheFunnelAsProjectsCsvDoes() throws IOException {
            Map<String, Integer> expected = new HashMap<>();
            List<CSVRecord> projects = demoCsv("projects.csv");
            projects.forEach(r -> expected.merge(r.get("stage"), 1, Integer::sum));

            JsonNode summary = run(new ProjectsCommand(), "--summary");
            assertThat(summary.get("projects").asInt()).isEqualTo(projects.size());
            Map<String, Integer> counted = new HashMap<>();
            for (JsonNode stage : summary.get("funnel")) {
                if (stage.get("count").asInt() > 0) {
                    counted.put(stage.get("stage").asText(), stage.get("count").asInt());
                }
            }
            JsonNode dropped = summary.get("dropped");
            if (dropped.get("count").asInt() > 0) {
                counted.put("DROPPED", dropped.get("count").asInt());
            }
            assertThat(counted).isEqualTo(expected);
        }

        @Test
        void shouldTotalTheTechUpgradeAndReferralProjectsAsTheReportDoes() throws IOException {
            JsonNode byType = run(new ProjectsCommand(), "--summary").get("byType");
            Map<String, JsonNode> types = new HashMap<>();
            byType.forEach(t -> types.put(t.get("id").asText(), t));
            // SPEC section 8: 33 tech-upgrade projects worth 112.6 亿元, 14 referral projects worth 64.88 亿元
            assertThat(types.get("TECH_UPGRADE").get("count").asInt()).isEqualTo(33);
            assertThat(types.get("TECH_UPGRADE").get("investmentYi").asDouble()).isEqualTo(112.6);
            assertThat(types.get("REFERRAL").get("count").asInt()).isEqualTo(14);
            assertThat(types.get("REFERRAL").get("investmentYi").asDouble()).isEqualTo(64.88);
        }

        @Test
        void shouldListEveryProject() throws IOException {
            assertThat(run(new ProjectsCommand()).get("projects"))
                    .hasSize(demoCsv("projects.csv").size());
        }
    }

    /** A command line and the API path that must answer the same JSON document (SPEC section 6). */
    static Stream<Arguments> sameDocuments() {
        String leader = "91370215320716515Y";
        String target = "91350902MA8GH03W1A";
        return Stream.of(
                Arguments.of(
                        (Supplier<StoreCommand>) GapsCommand::new,
                        List.of("--chain", "nev"),
                        "/api/v1/chains/nev/gaps"),
                Arguments.of(
                        (Supplier<StoreCommand>) TargetsCommand::new,
                        List.of("--chain", "nev", "--limit", "50"),
                        "/api/v1/chains/nev/targets?limit=50"),
                Arguments.of(
                        (Supplier<StoreCommand>) TargetsCommand::new,
                        List.of("--chain", "nev", "--tag", "SRDI", "--limit", "20", "--offset", "5"),
                        "/api/v1/chains/nev/targets?tag=SRDI&limit=20&offset=5"),
                Arguments.of(
                        (Supplier<StoreCommand>) TargetsCommand::new,
                        List.of("--chain", "nev", "--search", "科技", "--limit", "20"),
                        "/api/v1/chains/nev/targets?q=%E7%A7%91%E6%8A%80&limit=20"),
                Arguments.of(
                        (Supplier<StoreCommand>) TargetsCommand::new,
                        List.of("--all", "--action", "补链", "--limit", "30", "--offset", "10"),
                        "/api/v1/targets?action=%E8%A1%A5%E9%93%BE&limit=30&offset=10"),
                Arguments.of(
                        (Supplier<StoreCommand>) ReferralsCommand::new,
                        List.of("--enterprise", leader),
                        "/api/v1/enterprises/" + leader + "/referrals"),
                Arguments.of(
                        (Supplier<StoreCommand>) ReferralsCommand::new,
                        List.of("--target", target),
                        "/api/v1/enterprises/" + target + "/referrers"),
                Arguments.of(
                        (Supplier<StoreCommand>) ResilienceCommand::new,
                        List.of("--chain", "nev"),
                        "/api/v1/resilience?chain=nev"),
                Arguments.of(
                        (Supplier<StoreCommand>) EvaluateCommand::new,
                        List.of("--year", "2025", "--limit", "1000"),
                        "/api/v1/evaluations?year=2025&limit=1000"),
                Arguments.of(
                        (Supplier<StoreCommand>) EvaluateCommand::new,
                        List.of(
                                "--year",
                                "2025",
                                "--scale",
                                "ABOVE",
                                "--search",
                                "科技",
                                "--limit",
                                "20",
                                "--offset",
                                "20"),
                        "/api/v1/evaluations?year=2025&scale=ABOVE&q=%E7%A7%91%E6%8A%80&limit=20&offset=20"),
                Arguments.of(
                        (Supplier<StoreCommand>) ParksCommand::new,
                        List.of("--for", leader, "--area-sqm", "20000", "--floor-load", "10", "--height", "5"),
                        "/api/v1/parks?fits=" + leader + "&areaSqm=20000&floorLoad=10&height=5"),
                Arguments.of((Supplier<StoreCommand>) ReportCommand::new, List.of(), "/api/v1/report"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("sameDocuments")
    void shouldAnswerTheSameDocumentOverHttpAsOnTheCommandLine(
            Supplier<StoreCommand> command, List<String> args, String path) throws Exception {
        JsonNode cli = run(command.get(), args.toArray(String[]::new));
        Javalin app = ApiServer.create(Services.over(store, AnalysisConfig.load(null, Map.of()), "区工业和信息化局"))
                .start("127.0.0.1", 0);
        try {
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(Json.mapper().readTree(response.body())).isEqualTo(cli);
        } finally {
            app.stop();
        }
    }

    @Nested
    class TheWorkbench {
        @Test
        void shouldGiveEveryDemoProjectAHistoryEndingAtItsStage() {
            var workbench = new org.chainmap.workbench.Workbench(store, java.time.Clock.systemDefaultZone());
            List<CSVRecord> projects;
            try {
                projects = demoCsv("projects.csv");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            int withEarlierSteps = 0;
            for (CSVRecord row : projects) {
                var p = workbench.projects().project(row.get("id")).orElseThrow();
                assertThat(p.history()).as(row.get("id")).isNotEmpty();
                assertThat(p.history().getLast().stage()).isEqualTo(p.stage());
                assertThat(p.history().getLast().at()).startsWith(row.get("updated"));
                assertThat(p.history())
                        .extracting(org.chainmap.workbench.StageEvent::at)
                        .isSorted();
                withEarlierSteps += p.history().size() > 1 ? 1 : 0;
            }
            assertThat(withEarlierSteps)
                    .as("projects past 线索 with their earlier steps")
                    .isGreaterThan(100);
        }

        @Test
        void shouldListVisitsToEveryChainLeaderSomeReferringOneWarningOfAMoveOut() throws IOException {
            JsonNode visits = run(new VisitsCommand(), "--limit", "1000").get("visits");
            Set<String> visited = new HashSet<>();
            Map<String, Integer> byIntention = new HashMap<>();
            visits.forEach(v -> {
                visited.add(v.path("enterprise").path("uscc").asText());
                byIntention.merge(v.path("intention").asText(), 1, Integer::sum);
            });
            Set<String> leaders = new HashSet<>();
            demoCsv("leaders.csv").forEach(r -> leaders.add(r.get("uscc")));
            assertThat(visits.size()).isBetween(24, 60);
            assertThat(visited).containsAll(leaders);
            assertThat(byIntention.get("REFER")).isGreaterThanOrEqualTo(3);
            assertThat(byIntention.get("RELOCATE_OUT")).isEqualTo(1);
        }

        @Test
        void shouldListTheStalledProjectsOfOneOwnerWithTheirReason() throws IOException {
            String owner = demoCsv("projects.csv").stream()
                    .map(r -> r.get("owner"))
                    .filter(o -> !o.isEmpty())
                    .findFirst()
                    .orElseThrow();
            JsonNode stalled = run(new ProjectsCommand(), "--stalled", "--owner", owner, "--days", "30")
                    .get("projects");
            assertThat(stalled).isNotEmpty();
            stalled.forEach(p -> {
                assertThat(p.path("owner").asText()).isEqualTo(owner);
                assertThat(p.path("stage").asText()).isNotIn("OPERATING", "DROPPED");
                assertThat(p.path("reason").asText()).isIn("OVERDUE", "NO_PROGRESS");
                if (p.path("reason").asText().equals("NO_PROGRESS")) {
                    assertThat(p.path("idleDays").asInt()).isGreaterThan(30);
                }
            });
        }

        @Test
        void shouldShowTheDemoImportInTheAuditLog() throws IOException {
            JsonNode entries = run(new AuditCommand(), "--limit", "5", "--entity", "import")
                    .get("entries");
            assertThat(entries).isNotEmpty();
            assertThat(entries.get(0).path("action").asText()).isEqualTo("IMPORT");
            assertThat(entries.get(0).path("changes").has("visits.csv")).isTrue();
        }
    }
}
