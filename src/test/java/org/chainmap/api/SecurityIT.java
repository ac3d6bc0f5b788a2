package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.api.ApiClient.json;
import static org.chainmap.api.ApiClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.imports.Fixtures;
import org.chainmap.report.ReportService;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens and roles, closed reads, rate limits, size limits and CORS, each on a server of its own settings. */
class SecurityIT {
    private static final String VIEWER = "viewer-token-0123456789";
    private static final String EDITOR = "editor-token-0123456789";
    private static final String ADMIN = "admin-token-01234567890";
    private static final AccessTokens TOKENS =
            AccessTokens.of(Map.of(VIEWER, Role.VIEWER, EDITOR, Role.EDITOR, ADMIN, Role.ADMIN));

    @TempDir
    Path dir;

    Store store;
    Javalin app;
    ApiClient anonymous;

    @BeforeEach
    void cleanGraph() {
        store = TestNeo4j.clean();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private void start(ApiSettings settings) {
        app = ApiServer.create(Services.over(store, AnalysisConfig.load(null, Map.of()), "区工业和信息化局"), settings)
                .start("127.0.0.1", 0);
        anonymous = new ApiClient(app.port());
    }

    private List<Path> smallFixture() {
        Path in;
        try {
            in = Fixtures.copy("small", java.nio.file.Files.createTempDirectory(dir, "small"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return List.of(in.resolve("chains.csv"), in.resolve("links.csv"));
    }

    @Nested
    class OnLoopbackByDefault {
        @Test
        void shouldOpenReadsButRefuseAnImportWithoutAToken() {
            start(ApiSettings.defaults("127.0.0.1").withTokens(TOKENS));

            json(anonymous.get("/api/v1/chains"), 200);
            HttpResponse<String> refused = anonymous.upload("/api/v1/import", smallFixture());
            JsonNode unauthorised = problem(refused, 401);
            assertThat(unauthorised.path("detail").asText()).contains("editor");
            assertThat(unauthorised.path("code").asText()).isEqualTo("TOKEN_REQUIRED");
            assertThat(unauthorised.path("values").path("role").asText()).isEqualTo("EDITOR");
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"chainmap\"");
            assertThat(new ReportService(store, "").counts().chains()).isZero();
        }

        @Test
        void shouldRefuseAViewerTokenForAnImportAndTakeAnEditorOrAdminToken() {
            start(ApiSettings.defaults("127.0.0.1").withTokens(TOKENS));

            JsonNode forbidden = problem(anonymous.withToken(VIEWER).upload("/api/v1/import", smallFixture()), 403);
            assertThat(forbidden.path("detail").asText()).contains("viewer");
            assertThat(forbidden.path("code").asText()).isEqualTo("ROLE_INSUFFICIENT");
            assertThat(forbidden.path("values").toString()).isEqualTo("{\"role\":\"EDITOR\",\"held\":\"VIEWER\"}");
            assertThat(problem(anonymous.withToken("not-" + EDITOR).upload("/api/v1/import", smallFixture()), 401)
                            .path("code")
                            .asText())
                    .isEqualTo("TOKEN_INVALID");
            assertThat(new ReportService(store, "").counts().chains()).isZero();

            json(anonymous.withToken(EDITOR).upload("/api/v1/import", smallFixture()), 200);
            json(anonymous.withToken(ADMIN).upload("/api/v1/import", smallFixture()), 200);
            assertThat(new ReportService(store, "").counts().chains()).isEqualTo(2);
        }

        @Test
        void shouldSendNoCorsHeadersUnlessAnOriginIsConfigured() {
            start(ApiSettings.defaults("127.0.0.1"));
            HttpResponse<String> r = anonymous.getWithOrigin("/api/v1/chains", "https://example.org");
            assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }

        @Test
        void shouldAllowAConfiguredOrigin() {
            start(ApiSettings.defaults("127.0.0.1").withCorsOrigins(List.of("https://map.example.org")));
            assertThat(anonymous
                            .getWithOrigin("/api/v1/chains", "https://map.example.org")
                            .headers()
                            .firstValue("Access-Control-Allow-Origin"))
                    .hasValue("https://map.example.org");
            assertThat(anonymous
                            .getWithOrigin("/api/v1/chains", "https://evil.example.org")
                            .headers()
                            .firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }
    }

    @Nested
    class BoundToAnotherAddress {
        @Test
        void shouldNeedAViewerTokenForReads() {
            start(ApiSettings.defaults("0.0.0.0").withTokens(TOKENS));

            HttpResponse<String> refused = anonymous.get("/api/v1/chains");
            assertThat(problem(refused, 401).path("detail").asText()).contains("viewer");
            problem(anonymous.get("/api/v1/chains/nev/gaps?format=csv"), 401);
            problem(anonymous.get("/api/v1/openapi.json"), 401);
            json(anonymous.withToken(VIEWER).get("/api/v1/chains"), 200);
            json(anonymous.withToken(EDITOR).get("/api/v1/report"), 200);
        }

        @Test
        void shouldAnswerHealthToAllButCountsOnlyToReaders() {
            start(ApiSettings.defaults("0.0.0.0").withTokens(TOKENS));

            var open = json(anonymous.get("/health"), 200);
            assertThat(open.path("status").asText()).isEqualTo("UP");
            assertThat(open.path("counts").isNull() || open.path("counts").isMissingNode())
                    .isTrue();
            assertThat(json(anonymous.withToken(VIEWER).get("/health"), 200)
                            .path("counts")
                            .has("chains"))
                    .isTrue();
        }

        @Test
        void shouldServeTheWebViewsFilesWithoutAToken() {
            start(ApiSettings.defaults("0.0.0.0").withTokens(TOKENS));
            HttpResponse<String> page = anonymous.get("/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<html");
        }

        @Test
        void shouldOpenReadsWhenExplicitlyConfigured() {
            start(ApiSettings.defaults("0.0.0.0").withReadsOpen(true));
            json(anonymous.get("/api/v1/chains"), 200);
        }
    }

    @Nested
    class Limits {
        @Test
        void shouldAnswer429WithRetryAfterOverTheRateLimit() {
            start(ApiSettings.defaults("127.0.0.1").withRateLimit(5, true));
            for (int i = 0; i < 5; i++) {
                json(anonymous.get("/api/v1/chains"), 200);
            }
            HttpResponse<String> refused = anonymous.get("/api/v1/chains");
            JsonNode tooMany = problem(refused, 429);
            assertThat(refused.headers().firstValue("Retry-After"))
                    .hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
            assertThat(tooMany.path("code").asText()).isEqualTo("RATE_LIMITED");
            assertThat(tooMany.path("values").path("retryAfter").asText())
                    .isEqualTo(refused.headers().firstValue("Retry-After").orElseThrow());
            assertThat(anonymous.get("/").statusCode())
                    .as("the web view's files are not limited")
                    .isEqualTo(200);
        }

        @Test
        void shouldCountADownloadAsFiveRequests() {
            start(ApiSettings.defaults("127.0.0.1").withRateLimit(10, true));
            assertThat(anonymous.bytes("/api/v1/chains?format=xlsx").statusCode())
                    .isEqualTo(200);
            assertThat(anonymous.bytes("/api/v1/chains?format=csv").statusCode())
                    .isEqualTo(200);
            problem(anonymous.get("/api/v1/chains"), 429);
        }

        @Test
        void shouldExemptLoopbackClientsByDefault() {
            start(ApiSettings.defaults("127.0.0.1").withRateLimit(5, false));
            for (int i = 0; i < 20; i++) {
                json(anonymous.get("/api/v1/chains"), 200);
            }
        }

        @Test
        void shouldAnswer413ForAnUploadOverTheLimitAndWriteNothing() {
            start(ApiSettings.defaults("127.0.0.1").withTokens(TOKENS).withUploadLimit(512));
            HttpResponse<String> r = anonymous
                    .withToken(EDITOR)
                    .post("/api/v1/import", "multipart/form-data; boundary=x", new byte[4096]);
            JsonNode tooLarge = problem(r, 413);
            assertThat(tooLarge.path("detail").asText()).contains("512");
            assertThat(tooLarge.path("code").asText()).isEqualTo("BODY_TOO_LARGE");
            assertThat(tooLarge.path("values").toString()).isEqualTo("{\"length\":4096,\"limit\":512}");
            assertThat(new ReportService(store, "").counts().chains()).isZero();
        }
    }
}
