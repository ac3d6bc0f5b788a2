package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.api.ApiClient.json;
import static org.chainmap.api.ApiClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.classify.ClassifyFixture;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The classification routes: a run, the review list, decisions, and what each refuses. */
class ClassifyApiIT {
    private static final String VIEWER = "viewer-token-0123456789";
    private static final String EDITOR = "editor-token-0123456789";
    static Javalin app;
    static ApiClient viewer;
    static ApiClient editor;

    @BeforeAll
    static void start() {
        app = ApiServer.create(
                        Services.over(TestNeo4j.store(), AnalysisConfig.load(null, Map.of()), "区工业和信息化局"),
                        ApiSettings.defaults("127.0.0.1")
                                .withTokens(AccessTokens.granting(Map.of(
                                        VIEWER, new AccessTokens.Grant(Role.VIEWER, "看板"),
                                        EDITOR, new AccessTokens.Grant(Role.EDITOR, "李审核")))))
                .start("127.0.0.1", 0);
        viewer = new ApiClient(app.port()).withToken(VIEWER);
        editor = new ApiClient(app.port()).withToken(EDITOR);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @BeforeEach
    void fixture() {
        ClassifyFixture.load(TestNeo4j.clean());
    }

    private static List<String> pending(JsonNode review) {
        List<String> out = new ArrayList<>();
        review.get("pending")
                .forEach(p ->
                        out.add(p.get("uscc").asText() + " " + p.get("linkId").asText()));
        return out;
    }

    @Test
    void shouldRunReviewAndDecideAsAnEditor() {
        JsonNode dry = json(editor.postJson("/api/v1/classify?dryRun=true", "{}"), 200);
        assertThat(dry.get("assigned").asLong()).isEqualTo(4);
        assertThat(pending(json(viewer.get("/api/v1/classify/review"), 200))).isEmpty();

        JsonNode run = json(editor.postJson("/api/v1/classify", "{}"), 200);
        assertThat(run.get("assigned").asLong()).isEqualTo(4);
        JsonNode review = json(viewer.get("/api/v1/classify/review?link=nev.cell"), 200);
        assertThat(review.get("total").asLong()).isEqualTo(2);
        assertThat(pending(review)).containsExactly(ClassifyFixture.E2 + " nev.cell", ClassifyFixture.E1 + " nev.cell");
        assertThat(review.get("pending")
                        .get(1)
                        .get("evidence")
                        .get("productKeyword")
                        .asText())
                .isEqualTo("锂电池");

        JsonNode decided = json(
                editor.postJson(
                        "/api/v1/classify/decisions",
                        "[{\"uscc\": \"" + ClassifyFixture.E2
                                + "\", \"linkId\": \"nev.cell\", \"decision\": \"ACCEPT\"}," + " {\"uscc\": \""
                                + ClassifyFixture.E1 + "\", \"linkId\": \"nev.cell\", \"decision\": \"reject\"}]"),
                200);
        assertThat(decided.get("accepted").asInt()).isEqualTo(1);
        assertThat(decided.get("rejected").asInt()).isEqualTo(1);
        assertThat(pending(json(viewer.get("/api/v1/classify/review?link=nev.cell"), 200)))
                .isEmpty();
    }

    @Test
    void shouldLeaveRunsAndDecisionsToEditors() {
        assertThat(viewer.postJson("/api/v1/classify", "{}").statusCode()).isEqualTo(403);
        assertThat(viewer.postJson("/api/v1/classify/decisions", "[]").statusCode())
                .isEqualTo(403);
    }

    @Test
    void shouldAnswerEveryProblemOfTheDecisionsAtOnce() {
        JsonNode problem = problem(
                editor.postJson(
                        "/api/v1/classify/decisions",
                        "[{\"uscc\": \"" + ClassifyFixture.E1 + "\", \"decision\": \"MAYBE\"}, 7,"
                                + " {\"uscc\": \"x\", \"linkId\": \"nev.cell\", \"decision\": \"ACCEPT\", \"by\": \"me\"}]"),
                422);
        List<String> errors = new ArrayList<>();
        problem.get("errors").forEach(e -> errors.add(e.asText()));
        assertThat(errors)
                .hasSize(4)
                .anySatisfy(e -> assertThat(e).startsWith("[0].linkId: required"))
                .anySatisfy(e -> assertThat(e).startsWith("[0].decision:").contains("MAYBE"))
                .anySatisfy(e -> assertThat(e).startsWith("[1]:"))
                .anySatisfy(e -> assertThat(e).startsWith("[2].by:"));
        assertThat(problem.get("problems").get(0).get("code").asText()).isNotBlank();
    }

    @Test
    void shouldRefuseAConfidenceOutsideItsRange() {
        for (String bad : List.of("0", "1.5", "high")) {
            JsonNode problem = problem(editor.postJson("/api/v1/classify?minConfidence=" + bad, "{}"), 400);
            assertThat(problem.get("detail").asText()).contains("minConfidence");
        }
        assertThat(problem(viewer.get("/api/v1/classify/review?limit=0"), 400)
                        .get("detail")
                        .asText())
                .contains("limit");
    }
}
