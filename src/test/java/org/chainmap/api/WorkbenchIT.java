package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.api.ApiClient.json;
import static org.chainmap.api.ApiClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.domain.Uscc;
import org.chainmap.imports.Fixtures;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench over HTTP on the real embedded Neo4j (SPEC section 10): projects created and changed with their
 * stage history, every refusal, two editors on one project, visits and the referrers they make, the audit log.
 */
class WorkbenchIT {
    private static final String VIEWER = "viewer-token-0123456789";
    private static final String EDITOR = "editor-token-0123456789";
    private static final String ADMIN = "admin-token-01234567890";
    /** Local chain leader of nev in the small fixture. */
    private static final String ASSEMBLER = Fixtures.ASSEMBLER;
    /** Non-local supplier of the assembler. */
    private static final String CHIPS = Fixtures.CHIPS;
    /** Local supplier of the assembler, its only one in nev.cells. */
    private static final String BATTERY = Fixtures.BATTERY;
    /** A well-formed credit code of no enterprise in the graph. */
    private static final String UNKNOWN = "91370215MA9999999" + Uscc.checkCharacter("91370215MA9999999");

    static Store store;
    static Javalin app;
    static ApiClient anonymous;
    static ApiClient viewer;
    static ApiClient editor;
    static ApiClient admin;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        store = TestNeo4j.store();
        app = ApiServer.create(
                        Services.over(store, AnalysisConfig.load(null, Map.of()), "区工业和信息化局"),
                        ApiSettings.defaults("127.0.0.1")
                                .withTokens(AccessTokens.granting(Map.of(
                                        VIEWER, new AccessTokens.Grant(Role.VIEWER, "看板"),
                                        EDITOR, new AccessTokens.Grant(Role.EDITOR, "李红梅"),
                                        ADMIN, new AccessTokens.Grant(Role.ADMIN, "王建国")))))
                .start("127.0.0.1", 0);
        anonymous = new ApiClient(app.port());
        viewer = anonymous.withToken(VIEWER);
        editor = anonymous.withToken(EDITOR);
        admin = anonymous.withToken(ADMIN);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @BeforeEach
    void loadSmall() throws Exception {
        TestNeo4j.clean();
        json(editor.upload("/api/v1/import", files(Fixtures.copy("small", dir))), 200);
    }

    private static List<Path> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.sorted().toList();
        }
    }

    private static JsonNode create(String body) {
        return json(editor.postJson("/api/v1/projects", body), 201);
    }

    private static String today() {
        return LocalDate.now().toString();
    }

    @Test
    void shouldCreateAProjectWithItsFirstEventLocationAndVersion() {
        HttpResponse<String> r = editor.postJson("/api/v1/projects", """
                {"name": "电池回收扩产项目", "type": "以链招引", "link": "nev.cells", "investor": "%s",
                 "investment": 25000, "owner": "王建国", "nextStep": "约谈董事长", "nextStepDue": "2027-01-15",
                 "blockers": ["用地指标待落实", " "], "source": "TARGETS", "recommended": {"rank": 2, "score": 0.71}}
                """.formatted(CHIPS));
        JsonNode p = json(r, 201);

        String id = p.path("id").asText();
        assertThat(r.headers().firstValue("Location")).contains("/api/v1/projects/" + id);
        assertThat(r.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(p.path("type").asText()).isEqualTo("CHAIN");
        assertThat(p.path("stage").asText()).isEqualTo("LEAD");
        assertThat(p.path("chain").path("id").asText())
                .as("the chain of the link")
                .isEqualTo("nev");
        assertThat(p.path("investor").path("uscc").asText()).isEqualTo(CHIPS);
        assertThat(p.path("investmentYi").asDouble()).isEqualTo(2.5);
        assertThat(p.path("blockers")).extracting(JsonNode::asText).containsExactly("用地指标待落实");
        assertThat(p.path("recommended").path("rank").asInt()).isEqualTo(2);
        assertThat(p.path("recommended").path("at").asText()).isEqualTo(today());
        assertThat(p.path("history")).hasSize(1);
        assertThat(p.path("history").get(0).path("by").asText())
                .as("the token's who")
                .isEqualTo("李红梅");
        assertThat(p.path("history").get(0).path("at").asText()).isEqualTo(today());
        assertThat(json(viewer.get("/api/v1/projects/" + id), 200)).isEqualTo(p);
        assertThat(json(viewer.get("/api/v1/projects?chain=nev"), 200).path("projects"))
                .extracting(n -> n.path("id").asText())
                .contains(id);
    }

    @Test
    void shouldRefuseWritesWithoutAnEditorToken() {
        String body = "{\"name\": \"x\", \"type\": \"CHAIN\"}";
        problem(anonymous.postJson("/api/v1/projects", body), 401);
        problem(viewer.postJson("/api/v1/projects", body), 403);
        problem(anonymous.patch("/api/v1/projects/P1", "\"1\"", "{\"owner\": \"x\"}"), 401);
        problem(viewer.postJson("/api/v1/visits", "{}"), 403);
        problem(editor.get("/api/v1/audit"), 403);
        assertThat(json(viewer.get("/api/v1/projects/P1"), 200).path("version").asLong())
                .as("unchanged")
                .isEqualTo(1);
    }

    @Test
    void shouldListEveryProblemOfANewProjectInOneAnswerAndWriteNothing() {
        JsonNode before = json(viewer.get("/api/v1/projects"), 200);
        JsonNode p = problem(editor.postJson("/api/v1/projects", """
                        {"id": "summary", "type": "BUILD", "chain": "ic", "link": "nev.cells", "investor": "91370215MA0000001X",
                         "referrer": "%s", "park": "nope", "investment": -3, "nextStepDue": "2027-13-01",
                         "stage": "TALKS", "at": "2099-01-01", "colour": "red"}
                        """.formatted(UNKNOWN)), 422);
        assertThat(p.path("errors"))
                .extracting(JsonNode::asText)
                .anyMatch(e -> e.startsWith("name: required"))
                .anyMatch(e -> e.startsWith("type: unknown value 'BUILD'"))
                .anyMatch(e -> e.startsWith("id: 'summary' is reserved"))
                .anyMatch(e -> e.startsWith("link: link 'nev.cells' is in chain 'nev', not in 'ic'"))
                .anyMatch(e -> e.startsWith("investor: '91370215MA0000001X'"))
                .anyMatch(e -> e.startsWith("park: unknown park 'nope'"))
                .anyMatch(e -> e.startsWith("investment: must not be negative"))
                .anyMatch(e -> e.startsWith("nextStepDue: '2027-13-01' is not a date"))
                .anyMatch(e -> e.startsWith("at: 2099-01-01 is in the future"))
                .anyMatch(e -> e.startsWith("colour: not a field"));
        assertThat(json(viewer.get("/api/v1/projects"), 200)).isEqualTo(before);
        assertThat(json(admin.get("/api/v1/audit?entity=project"), 200).path("entries"))
                .isEmpty();
        problem(editor.postJson("/api/v1/projects", "{\"name\": "), 400);
    }

    @Test
    void shouldGiveEveryProblemOfARefusedWriteAsACodeWithItsValuesInTheOrderOfTheErrors() {
        JsonNode p = problem(editor.postJson("/api/v1/projects", """
                        {"name": "新项目", "type": "CHAIN", "investor": "%s", "nextStepDue": "2027-02-30",
                         "colour": "red", "investment": "很多"}
                        """.formatted(UNKNOWN)), 422);
        assertThat(p.path("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(p.path("values").path("count").asInt()).isEqualTo(4);
        assertThat(p.path("errors"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(
                        "colour: not a field of this request (known: at, blockers, chain, id, investment, investor,"
                                + " link, name, nextStep, nextStepDue, note, owner, park, recommended, referrer,"
                                + " source, stage, type)",
                        "investment: expected a number, got \"很多\"",
                        "nextStepDue: '2027-02-30' is not a date YYYY-MM-DD",
                        "investor: unknown enterprise '" + UNKNOWN + "'");
        assertSameOrder(p);
        JsonNode colour = problemOf(p, "colour");
        assertThat(colour.path("code").asText()).isEqualTo("UNKNOWN_FIELD");
        assertThat(colour.path("values").path("known"))
                .extracting(JsonNode::asText)
                .contains("investor", "nextStepDue", "recommended")
                .doesNotContain("colour");
        JsonNode due = problemOf(p, "nextStepDue");
        assertThat(due.path("code").asText()).isEqualTo("NOT_A_DATE");
        assertThat(due.path("values").path("value").asText()).isEqualTo("2027-02-30");
        assertThat(problemOf(p, "investment").path("code").asText()).isEqualTo("NOT_A_NUMBER");
        JsonNode investor = problemOf(p, "investor");
        assertThat(investor.path("code").asText()).isEqualTo("UNKNOWN_ENTERPRISE");
        assertThat(investor.path("values").toString()).isEqualTo("{\"value\":\"" + UNKNOWN + "\"}");
        assertThat(investor.has("reason")).as("the English is in errors alone").isFalse();

        JsonNode back = problem(editor.patch("/api/v1/projects/P1", "\"1\"", "{\"stage\": \"LEAD\"}"), 422);
        assertThat(back.path("errors").get(0).asText())
                .isEqualTo("note: a move back from TALKS to LEAD needs a note saying why");
        assertThat(back.path("problems").toString())
                .isEqualTo("[{\"field\":\"note\",\"code\":\"MOVE_BACK_NEEDS_NOTE\","
                        + "\"values\":{\"from\":\"TALKS\",\"to\":\"LEAD\"}}]");
    }

    @Test
    void shouldNameTheFieldOfAProblemInAListOrANestedObjectAndTheFaultOfACreditCode() {
        String wrongCheck = UNKNOWN.substring(0, 17) + (UNKNOWN.charAt(17) == '0' ? '1' : '0');
        JsonNode p = problem(editor.postJson("/api/v1/visits", """
                        {"enterprise": "%s", "date": "2026-01-01", "intention": "REFER",
                         "mentions": ["%s", "%s", 7]}
                        """.formatted(BATTERY, UNKNOWN, wrongCheck)), 422);
        assertSameOrder(p);
        assertThat(p.path("problems"))
                .extracting(n -> n.path("field").asText() + " " + n.path("code").asText())
                .containsExactly(
                        "mentions[2] EXPECTED_TEXT",
                        "mentions[1] INVALID_CREDIT_CODE",
                        "mentions[0] UNKNOWN_ENTERPRISE");
        JsonNode code = p.path("problems").get(1).path("values");
        assertThat(code.path("value").asText()).isEqualTo(wrongCheck);
        assertThat(code.path("fault").asText()).isEqualTo("CHECK");
        assertThat(code.path("expected").asText()).isEqualTo(String.valueOf(UNKNOWN.charAt(17)));
        assertThat(p.path("problems").get(0).path("values").path("got").asText())
                .isEqualTo("number");

        JsonNode nested = problem(editor.postJson("/api/v1/projects", """
                        {"name": "x", "type": "营销", "recommended": {"rank": 0, "score": 0.5}}
                        """), 422);
        assertSameOrder(nested);
        JsonNode rank = problemOf(nested, "recommended.rank");
        assertThat(rank.path("code").asText()).isEqualTo("BELOW_MINIMUM");
        assertThat(rank.path("values").path("min").asLong()).isEqualTo(1);
        assertThat(rank.path("values").path("value").asLong()).isZero();
        JsonNode type = problemOf(nested, "type");
        assertThat(type.path("code").asText()).isEqualTo("NOT_ONE_OF");
        assertThat(type.path("values").path("value").asText()).isEqualTo("营销");
        assertThat(type.path("values").path("allowed"))
                .extracting(JsonNode::asText)
                .containsExactly("CHAIN", "REFERRAL", "PARK", "TECH_UPGRADE");
    }

    /** Each of a 422's problems is its errors line of the same place, as field and code. */
    private static void assertSameOrder(JsonNode problem) {
        JsonNode errors = problem.path("errors");
        JsonNode problems = problem.path("problems");
        assertThat(problems).hasSize(errors.size());
        for (int i = 0; i < errors.size(); i++) {
            assertThat(errors.get(i).asText())
                    .as("problem %d", i)
                    .startsWith(problems.get(i).path("field").asText() + ": ");
            assertThat(problems.get(i).path("code").asText()).isNotBlank();
        }
    }

    private static JsonNode problemOf(JsonNode problem, String field) {
        for (JsonNode p : problem.path("problems")) {
            if (p.path("field").asText().equals(field)) {
                return p;
            }
        }
        throw new AssertionError("no problem of " + field + " in " + problem);
    }

    @Test
    void shouldRefuseANewProjectWhoseIdIsTaken() {
        JsonNode p = problem(
                editor.postJson("/api/v1/projects", "{\"id\": \"P1\", \"name\": \"x\", \"type\": \"CHAIN\"}"), 422);
        assertThat(p.path("errors").get(0).asText()).isEqualTo("id: a project 'P1' exists already");
    }

    @Test
    void shouldMoveAProjectThroughItsStagesKeepingTheHistoryAndTheFunnel() {
        JsonNode p = create("{\"name\": \"整车配套项目\", \"type\": \"CHAIN\", \"link\": \"nev.assembly\"}");
        String path = "/api/v1/projects/" + p.path("id").asText();
        int talksBefore = stageCount("TALKS");

        HttpResponse<String> talks = editor.patch(path, "\"1\"", "{\"stage\": \"在谈\", \"note\": \"首次洽谈\"}");
        JsonNode afterTalks = json(talks, 200);
        assertThat(talks.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(stageCount("TALKS")).isEqualTo(talksBefore + 1);

        JsonNode signed = json(editor.patch(path, "\"2\"", "{\"stage\": \"SIGNED\", \"note\": \"签约\"}"), 200);
        assertThat(signed.path("stage").asText()).isEqualTo("SIGNED");
        assertThat(signed.path("version").asLong()).isEqualTo(3);
        assertThat(signed.path("history"))
                .extracting(e -> e.path("stage").asText() + "/" + e.path("note").asText(""))
                .containsExactly("LEAD/", "TALKS/首次洽谈", "SIGNED/签约");
        assertThat(afterTalks.path("history")).hasSize(2);
        assertThat(stageCount("TALKS")).isEqualTo(talksBefore);
        assertThat(json(viewer.get("/api/v1/report"), 200)
                        .path("headline")
                        .path("chainProjects")
                        .path("SIGNED")
                        .asInt())
                .as("nev is led by the bureau")
                .isEqualTo(1);
    }

    private static int stageCount(String stage) {
        for (JsonNode f : json(viewer.get("/api/v1/projects/summary"), 200).path("funnel")) {
            if (f.path("stage").asText().equals(stage)) {
                return f.path("count").asInt();
            }
        }
        throw new AssertionError("no stage " + stage);
    }

    @Test
    void shouldRefuseAChangeWithoutOrAgainstAnOldVersion() {
        String path = "/api/v1/projects/P1";
        JsonNode current = json(viewer.get(path), 200);
        String etag = "\"" + current.path("version").asLong() + "\"";
        JsonNode required = problem(editor.patch(path, null, "{\"owner\": \"王建国\"}"), 428);
        assertThat(required.path("code").asText()).isEqualTo("VERSION_REQUIRED");
        assertThat(required.path("values").path("id").asText()).isEqualTo("P1");
        json(editor.patch(path, etag, "{\"owner\": \"陈志强\"}"), 200);
        HttpResponse<String> stale = editor.patch(path, etag, "{\"owner\": \"刘晓燕\"}");
        JsonNode staleProblem = problem(stale, 412);
        assertThat(staleProblem.path("code").asText()).isEqualTo("STALE_VERSION");
        assertThat(staleProblem.path("values").path("current").asLong())
                .isEqualTo(current.path("version").asLong() + 1);
        assertThat(staleProblem.path("values").path("expected").asLong())
                .isEqualTo(current.path("version").asLong());
        assertThat(stale.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(json(viewer.get(path), 200).path("owner").asText()).isEqualTo("陈志强");
        problem(editor.patch("/api/v1/projects/nope", "\"1\"", "{\"owner\": \"x\"}"), 404);
    }

    @Test
    void shouldRefuseAStageEventInTheFutureBeforeTheLastOrBackwardsWithoutANote() {
        String path = "/api/v1/projects/P1";
        long v = json(viewer.get(path), 200).path("version").asLong();
        String etag = "\"" + v + "\"";
        assertThat(problem(editor.patch(path, etag, "{\"stage\": \"SIGNED\", \"at\": \"2099-01-01\"}"), 422)
                        .path("errors")
                        .get(0)
                        .asText())
                .isEqualTo("at: 2099-01-01 is in the future");
        assertThat(problem(editor.patch(path, etag, "{\"stage\": \"SIGNED\", \"at\": \"2026-02-01\"}"), 422)
                        .path("errors")
                        .get(0)
                        .asText())
                .startsWith("at: 2026-02-01 is before the last event of the project (2026-03-01");
        assertThat(problem(editor.patch(path, etag, "{\"stage\": \"LEAD\"}"), 422)
                        .path("errors")
                        .get(0)
                        .asText())
                .isEqualTo("note: a move back from TALKS to LEAD needs a note saying why");
        assertThat(problem(editor.patch(path, etag, "{\"name\": null, \"at\": \"2026-04-01\"}"), 422)
                        .path("errors"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("name: cannot be removed", "at: given without a change of stage");
        JsonNode back = json(editor.patch(path, etag, "{\"stage\": \"LEAD\", \"note\": \"投资方换人\"}"), 200);
        assertThat(back.path("stage").asText()).isEqualTo("LEAD");
        JsonNode dropped = json(editor.patch(path, "\"" + (v + 1) + "\"", "{\"stage\": \"DROPPED\"}"), 200);
        assertThat(dropped.path("history"))
                .extracting(e -> e.path("stage").asText())
                .containsExactly("TALKS", "LEAD", "DROPPED");
    }

    @Test
    void shouldLetExactlyOneOfTwoConcurrentChangesWin() throws Exception {
        String path = "/api/v1/projects/P1";
        String etag = "\"" + json(viewer.get(path), 200).path("version").asLong() + "\"";
        for (int round = 0; round < 5; round++) {
            long version = json(viewer.get(path), 200).path("version").asLong();
            String current = "\"" + version + "\"";
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService two = Executors.newFixedThreadPool(2);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String owner : List.of("甲" + round, "乙" + round)) {
                answers.add(two.submit(() -> {
                    go.await();
                    return editor.patch(
                            path, current, "{\"owner\": \"" + owner + "\", \"nextStep\": \"" + owner + "\"}");
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> a : answers) {
                statuses.add(a.get().statusCode());
            }
            two.shutdown();
            assertThat(statuses).containsExactlyInAnyOrder(200, 412);
            JsonNode now = json(viewer.get(path), 200);
            assertThat(now.path("version").asLong()).isEqualTo(version + 1);
            assertThat(now.path("owner").asText())
                    .as("owner and next step of one writer, not a mix")
                    .isEqualTo(now.path("nextStep").asText());
        }
        assertThat(etag).isNotEmpty();
        assertThat(json(admin.get("/api/v1/audit?entity=project&id=P1"), 200).path("entries"))
                .as("one entry per change that won")
                .hasSize(5);
    }

    private static final Set<String> MINE = Set.of("久无进展", "逾期", "正常");

    @Test
    void shouldListStalledProjectsByOwnerWithTheirReason() {
        String old = LocalDate.now().minusDays(60).toString();
        create("{\"name\": \"久无进展\", \"type\": \"CHAIN\", \"owner\": \"王建国\", \"stage\": \"TALKS\", \"at\": \"" + old
                + "\"}");
        create("{\"name\": \"逾期\", \"type\": \"CHAIN\", \"owner\": \"刘晓燕\", \"nextStepDue\": \""
                + LocalDate.now().minusDays(1) + "\"}");
        create("{\"name\": \"正常\", \"type\": \"CHAIN\", \"owner\": \"王建国\", \"nextStepDue\": \""
                + LocalDate.now().plusDays(10) + "\"}");

        JsonNode stalled =
                json(viewer.get("/api/v1/projects?stalled=true&days=30"), 200).path("projects");
        assertThat(stalled)
                .filteredOn(p -> MINE.contains(p.path("name").asText()))
                .extracting(
                        p -> p.path("name").asText() + "/" + p.path("reason").asText())
                .containsExactly("逾期/OVERDUE", "久无进展/NO_PROGRESS");
        assertThat(stalled)
                .filteredOn(p -> p.path("name").asText().equals("久无进展"))
                .extracting(p -> p.path("idleDays").asInt())
                .containsExactly(60);
        assertThat(json(viewer.get("/api/v1/projects?stalled=true&days=90&owner=" + ApiClient.encode("王建国")), 200)
                        .path("projects"))
                .as("only the fixture's project of that owner, idle since March")
                .extracting(p -> p.path("id").asText())
                .containsExactly("P1");
        assertThat(json(viewer.get("/api/v1/projects"), 200)
                        .path("projects")
                        .get(0)
                        .has("idleDays"))
                .isFalse();
        problem(viewer.get("/api/v1/projects?stalled=true&days=-1"), 400);
    }

    @Test
    void shouldRecordAVisitWhoseReferralPutsTheVisitedEnterpriseFirstAmongTheReferrers() {
        JsonNode before = json(viewer.get("/api/v1/enterprises/" + Fixtures.RECYCLER + "/referrers"), 200);
        assertThat(before.path("referrers"))
                .extracting(r -> r.path("source").asText())
                .doesNotContain("visit");

        HttpResponse<String> r = editor.postJson("/api/v1/visits", """
                {"enterprise": "%s", "date": "2026-11-20", "intention": "可引荐", "notes": "愿意引荐回收企业",
                 "mentions": ["%s"]}
                """.formatted(BATTERY, Fixtures.RECYCLER));
        JsonNode visit = json(r, 201);
        assertThat(visit.path("by").asText()).isEqualTo("李红梅");
        assertThat(visit.path("intention").asText()).isEqualTo("REFER");
        assertThat(visit.path("mentions").get(0).path("uscc").asText()).isEqualTo(Fixtures.RECYCLER);

        JsonNode referrers = json(viewer.get("/api/v1/enterprises/" + Fixtures.RECYCLER + "/referrers"), 200)
                .path("referrers");
        assertThat(referrers.get(0).path("uscc").asText()).isEqualTo(BATTERY);
        assertThat(referrers.get(0).path("source").asText()).isEqualTo("visit");
        assertThat(referrers.get(0).path("lastVisit").asText()).isEqualTo("2026-11-20");
        assertThat(json(viewer.get("/api/v1/visits?enterprise=" + BATTERY), 200).path("visits"))
                .extracting(v -> v.path("date").asText())
                .containsExactly("2026-11-20", "2026-05-20");
        assertThat(json(viewer.get("/api/v1/visits?from=2026-11-21"), 200).path("visits"))
                .isEmpty();
        assertThat(json(viewer.get("/api/v1/enterprises/" + BATTERY), 200)
                        .path("visits")
                        .get(0)
                        .path("intention")
                        .asText())
                .isEqualTo("REFER");
    }

    @Test
    void shouldShowTheRelocationImpactBesideAVisitThatFoundARiskOfMovingOut() {
        json(
                editor.postJson(
                        "/api/v1/visits",
                        "{\"enterprise\": \"" + BATTERY
                                + "\", \"date\": \"2026-10-01\", \"intention\": \"RELOCATE_OUT\"}"),
                201);
        JsonNode visit = json(viewer.get("/api/v1/visits?enterprise=" + BATTERY + "&from=2026-10-01"), 200)
                .path("visits")
                .get(0);
        assertThat(visit.path("intention").asText()).isEqualTo("RELOCATE_OUT");
        JsonNode nev = visit.path("relocation").get(0);
        assertThat(nev.path("chain").path("id").asText()).isEqualTo("nev");
        assertThat(nev.path("losses"))
                .extracting(
                        l -> l.path("uscc").asText() + "/" + l.path("linkId").asText())
                .containsExactlyInAnyOrder(ASSEMBLER + "/nev.cells", ASSEMBLER + "/nev.materials");
    }

    @Test
    void shouldRefuseAVisitWithItsEveryProblem() {
        JsonNode p = problem(
                editor.postJson(
                        "/api/v1/visits",
                        "{\"enterprise\": \"" + UNKNOWN + "\", \"date\": \"2099-01-01\", \"intention\": \"REFER\"}"),
                422);
        assertThat(p.path("errors"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(
                        "date: 2099-01-01 is in the future",
                        "mentions: a visit of intention REFER names the enterprises it could introduce",
                        "enterprise: unknown enterprise '" + UNKNOWN + "'");
        assertThat(problem(
                                editor.postJson(
                                        "/api/v1/visits",
                                        "{\"enterprise\": \"" + BATTERY
                                                + "\", \"date\": \"2026-01-01\", \"mentions\": [\"" + BATTERY + "\"]}"),
                                422)
                        .path("errors")
                        .get(0)
                        .asText())
                .isEqualTo("mentions: names the visited enterprise itself");
        assertThat(json(viewer.get("/api/v1/visits"), 200).path("visits"))
                .as("the fixture's two")
                .hasSize(2);
    }

    @Test
    void shouldKeepAnAuditEntryForEveryWritePathWithWhoAndWhatChanged() throws Exception {
        JsonNode p = create("{\"name\": \"审计项目\", \"type\": \"PARK\", \"park\": \"pk1\"}");
        String id = p.path("id").asText();
        json(editor.patch("/api/v1/projects/" + id, "\"1\"", "{\"investment\": 3000, \"park\": null}"), 200);
        json(
                editor.postJson("/api/v1/visits", "{\"enterprise\": \"" + ASSEMBLER + "\", \"date\": \"2026-09-09\"}"),
                201);
        Path more = Files.createDirectories(dir.resolve("more"));
        Files.writeString(
                more.resolve("projects.csv"), "id,name,type,stage,updated\nP1,回收项目,CHAIN,SIGNED," + today() + "\n");
        json(editor.upload("/api/v1/import", List.of(more.resolve("projects.csv"))), 200);

        JsonNode entries = json(admin.get("/api/v1/audit?limit=20"), 200).path("entries");
        assertThat(entries)
                .extracting(e -> e.path("action").asText() + " "
                        + e.path("entity").asText() + " " + e.path("by").asText())
                .containsSubsequence(
                        "IMPORT import import", "VISIT visit 李红梅", "UPDATE project 李红梅", "CREATE project 李红梅");
        assertThat(entries)
                .anyMatch(e -> e.path("action").asText().equals("STAGE")
                        && e.path("id").asText().equals("P1")
                        && e.path("changes").path("stage").toString().equals("[\"TALKS\",\"SIGNED\"]"));
        JsonNode update = json(admin.get("/api/v1/audit?entity=project&id=" + id), 200)
                .path("entries")
                .get(0);
        assertThat(update.path("changes").path("investment").toString()).isEqualTo("[null,3000.0]");
        assertThat(update.path("changes").path("park").toString()).isEqualTo("[\"pk1\",null]");
        assertThat(update.path("at").asText()).startsWith(today());
    }

    @Test
    void shouldShowAStageChangeOnTheTargetsAtOnceWithoutReadingTheProjectionAgain() {
        String materials = Fixtures.MATERIALS;
        JsonNode before = targetOf(materials);
        assertThat(before.path("pipelineStage").isNull()).isTrue();
        long graphVersion = store.graphVersion();

        JsonNode p = create("{\"name\": \"材料项目\", \"type\": \"CHAIN\", \"link\": \"nev.materials\", \"investor\": \""
                + materials + "\"}");
        json(editor.patch("/api/v1/projects/" + p.path("id").asText(), "\"1\"", "{\"stage\": \"TALKS\"}"), 200);

        assertThat(targetOf(materials).path("pipelineStage").asText()).isEqualTo("TALKS");
        assertThat(store.graphVersion()).as("the projections' version").isEqualTo(graphVersion);
    }

    private static JsonNode targetOf(String uscc) {
        for (JsonNode t :
                json(viewer.get("/api/v1/chains/nev/targets?limit=100"), 200).path("targets")) {
            if (t.path("uscc").asText().equals(uscc)) {
                return t;
            }
        }
        throw new AssertionError(uscc + " is not among the targets of nev");
    }
}
