package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.api.ApiClient.json;
import static org.chainmap.api.ApiClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.imports.Fixtures;
import org.chainmap.imports.HostileWorkbooks;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an attacker or a careless client sends (SPEC section 15): every answer is a problem document with the right
 * status and the security headers, never Jetty's HTML page or a 500, and comes at once; nothing is written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileRequestsIT {
    private static final String EDITOR = "editor-token-0123456789";
    private static final long UPLOAD_LIMIT = 2L * 1024 * 1024;
    /** Far more than any of these answers needs; a hang or a read of gigabytes would pass it. */
    private static final long ANSWER_WITHIN_MS = 10_000;

    @TempDir
    static Path dir;

    Store store;
    Javalin app;
    int port;
    List<String> graph;

    @BeforeAll
    void start() {
        store = TestNeo4j.clean();
        new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                .run(ImportSource.of(Fixtures.copy("small", folder("small"))), false);
        graph = TestNeo4j.fingerprint(store);
        ApiSettings settings = ApiSettings.defaults("127.0.0.1")
                .withTokens(AccessTokens.of(Map.of(EDITOR, Role.EDITOR)))
                .withUploadLimit(UPLOAD_LIMIT)
                .withCorsOrigins(List.of("https://map.example.org"));
        app = ApiServer.create(Services.over(store, AnalysisConfig.load(null, Map.of()), "区工业和信息化局"), settings)
                .start("127.0.0.1", 0);
        port = app.port();
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    private Path folder(String name) {
        try {
            return Files.createDirectories(dir.resolve(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The answer must be a problem document of {@code status}, with the security headers, in bounded time. */
    private JsonNode refused(RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith(Problem.CONTENT_TYPE);
        assertThat(answer.body()).doesNotContain("<html").doesNotContain("Exception");
        assertSecurityHeaders(answer.headers()::get);
        assertThat(answer.millis()).isLessThan(ANSWER_WITHIN_MS);
        JsonNode problem = answer.problem();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        return problem;
    }

    static void assertSecurityHeaders(java.util.function.Function<String, String> header) {
        assertThat(header.apply("content-security-policy"))
                .contains("default-src 'self'")
                .contains("frame-ancestors 'none'");
        assertThat(header.apply("x-content-type-options")).isEqualTo("nosniff");
        assertThat(header.apply("referrer-policy")).isEqualTo("no-referrer");
        assertThat(header.apply("x-frame-options")).isEqualTo("DENY");
    }

    @Nested
    class TheWebServersOwnRefusals {
        @ParameterizedTest
        @ValueSource(strings = {"/../..", "/%2e%2e/%2e%2e/etc/passwd", "/..;/api/v1/chains", "/api/v1/chains/%ff%fe"})
        void shouldAnswerAPathThatClimbsOrIsNotUtf8WithAProblem(String path) {
            refused(RawHttp.get(port, path), 400);
        }

        @Test
        void shouldAnswerAUriOf100KbWith414() {
            String path = "/api/v1/chains?q=" + "a".repeat(100_000);
            assertThat(refused(RawHttp.get(port, path), 414).path("detail").asText())
                    .contains("URI is longer");
        }

        @Test
        void shouldAnswerAHeaderOf100KbWith431() {
            RawHttp.Answer answer = RawHttp.send(
                    port,
                    "GET /api/v1/chains HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(100_000),
                    new byte[0]);
            assertThat(refused(answer, 431).path("detail").asText()).contains("headers are larger");
        }
    }

    @Nested
    class Uploads {
        private RawHttp.Answer post(String contentType, byte[] body, boolean chunked) {
            String head = "POST /api/v1/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + EDITOR
                    + "\r\nContent-Type: " + contentType
                    + (chunked ? "\r\nTransfer-Encoding: chunked" : "\r\nContent-Length: " + body.length);
            return RawHttp.send(port, head, chunked ? chunked(body) : body);
        }

        private byte[] multipart(String boundary, String fileName, byte[] content) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                            + fileName + "\"\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return body.toByteArray();
        }

        private static byte[] chunked(byte[] body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int at = 0; at < body.length; at += 65_536) {
                int n = Math.min(65_536, body.length - at);
                out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body, at, n);
                out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return out.toByteArray();
        }

        private byte[] file(Path path) {
            try {
                return Files.readAllBytes(path);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Test
        void shouldAnswerABodyWhoseBoundaryIsNotTheDeclaredOneWith400() {
            byte[] body = multipart("ABC", "chains.csv", "id,name\n".getBytes(StandardCharsets.UTF_8));
            assertThat(refused(post("multipart/form-data; boundary=XYZ", body, false), 400)
                            .path("detail")
                            .asText())
                    .contains("multipart/form-data");
        }

        @Test
        void shouldAnswerAMultipartTypeWithoutABoundaryWith400() {
            refused(post("multipart/form-data", "hello".getBytes(StandardCharsets.UTF_8), false), 400);
        }

        @Test
        void shouldAnswerAFileNameWithAControlCharacterWith400() {
            byte[] body = multipart("ABC", "ch\u0001ains.csv", "id,name\n".getBytes(StandardCharsets.UTF_8));
            refused(post("multipart/form-data; boundary=ABC", body, false), 400);
        }

        @Test
        void shouldAnswerAChunkedUploadOverTheLimitWith413() {
            byte[] body = multipart("ABC", "chains.csv", new byte[(int) UPLOAD_LIMIT + 1024]);
            refused(post("multipart/form-data; boundary=ABC", body, true), 413);
        }

        @Test
        void shouldAnswerACsvFileNamedXlsxWith422NamingIt() {
            byte[] body = multipart("ABC", "产业链.xlsx", "id,name\nnev,新能源汽车\n".getBytes(StandardCharsets.UTF_8));
            JsonNode problem = refused(post("multipart/form-data; boundary=ABC", body, false), 422);
            assertThat(problem.path("errors").get(0).asText()).startsWith("产业链.xlsx:0: not an .xlsx workbook");
        }

        @Test
        void shouldAnswerACsvWithAnUnterminatedQuoteWith422NamingItsLine() {
            byte[] body =
                    multipart("ABC", "chains.csv", "id,name\nfood,\"食品\nchem,化工\n".getBytes(StandardCharsets.UTF_8));
            JsonNode problem = refused(post("multipart/form-data; boundary=ABC", body, false), 422);
            assertThat(problem.path("errors").get(0).asText())
                    .isEqualTo("chains.csv:2: malformed CSV: a quoted cell that starts on this line is never closed"
                            + " (a '\"' is missing)");
        }

        static Stream<String> hostileWorkbooks() {
            return Stream.of("inline cell bomb", "shared string bomb", "external entity", "nested entities");
        }

        @ParameterizedTest
        @MethodSource("hostileWorkbooks")
        void shouldAnswerAHostileWorkbookWith422AndWriteNothing(String kind) {
            Path book = dir.resolve(kind.replace(' ', '-') + ".xlsx");
            switch (kind) {
                case "inline cell bomb" -> HostileWorkbooks.inlineCellBomb(book);
                case "shared string bomb" -> HostileWorkbooks.sharedStringBomb(book);
                case "external entity" -> HostileWorkbooks.externalEntity(book);
                default -> HostileWorkbooks.nestedEntities(book);
            }
            byte[] body = multipart("ABC", "企业名单.xlsx", file(book));
            assertThat(body.length).isLessThan((int) UPLOAD_LIMIT);
            JsonNode problem = refused(post("multipart/form-data; boundary=ABC", body, false), 422);
            assertThat(problem.path("errors").get(0).asText()).startsWith("企业名单.xlsx:0: part xl/");
            assertThat(TestNeo4j.fingerprint(store)).isEqualTo(graph);
        }
    }

    @Nested
    class Headers {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "/api/v1/chains",
                    "/",
                    "/css/app.css",
                    "/api/v1/chains/nope/gaps",
                    "/api/v1/chains/nev/gaps?format=csv",
                    "/api/v1/chains/nev/gaps?format=xlsx",
                    "/no/such/file",
                    "/health"
                })
        void shouldSendTheSecurityHeadersOnEveryKindOfResponse(String path) {
            RawHttp.Answer answer = RawHttp.get(port, path);
            assertThat(answer.status()).isIn(200, 404);
            assertSecurityHeaders(answer.headers()::get);
        }
    }

    @Nested
    class Hosts {
        private RawHttp.Answer withHost(String path, String host) {
            return RawHttp.send(port, "GET " + path + " HTTP/1.1\r\nHost: " + host, new byte[0]);
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/chains", "/", "/js/app.js", "/health"})
        void shouldRefuseAHostThatIsNotLoopbackOnALoopbackServer(String path) {
            assertThat(refused(withHost(path, "rebind.attacker.example:" + port), 403)
                            .path("detail")
                            .asText())
                    .contains("loopback");
        }

        @ParameterizedTest
        @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]", "app.localhost"})
        void shouldAnswerTheNamesOfLoopback(String host) {
            assertThat(withHost("/api/v1/chains", host + ":" + port).status()).isEqualTo(200);
        }
    }

    @Nested
    class Origins {
        @Test
        void shouldRefuseAnOriginNotAllowedWithoutTheData() {
            var refused = new ApiClient(port).getWithOrigin("/api/v1/chains", "https://evil.example.org");
            assertThat(problem(refused, 403).path("detail").asText()).contains("https://evil.example.org");
            assertThat(refused.body()).doesNotContain("新能源汽车");
            assertThat(refused.headers().firstValue("Access-Control-Allow-Origin"))
                    .isEmpty();
        }

        @Test
        void shouldAnswerTheAllowedOriginAndTheServersOwn() {
            var allowed = new ApiClient(port).getWithOrigin("/api/v1/chains", "https://map.example.org");
            assertThat(json(allowed, 200).toString()).contains("新能源汽车");
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue("https://map.example.org");
            json(new ApiClient(port).getWithOrigin("/api/v1/chains", "http://127.0.0.1:" + port), 200);
        }

        @Test
        void shouldAnswerThePreflightOfAnAllowedOrigin() {
            RawHttp.Answer preflight = RawHttp.send(
                    port,
                    "OPTIONS /api/v1/import HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: https://map.example.org"
                            + "\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: authorization",
                    new byte[0]);
            assertThat(preflight.status()).isEqualTo(204);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://map.example.org");
            assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
            assertThat(preflight.header("Access-Control-Allow-Headers")).isEqualTo("authorization");
        }
    }

    @Nested
    class HealthOffLoopback {
        @Test
        void shouldNotShowTheStoresFolderToAnAnonymousClient() {
            Javalin other = ApiServer.create(
                            Services.over(store, AnalysisConfig.load(null, Map.of()), "区工业和信息化局"),
                            ApiSettings.defaults("0.0.0.0").withTokens(AccessTokens.of(Map.of(EDITOR, Role.EDITOR))))
                    .start("127.0.0.1", 0);
            try {
                ApiClient client = new ApiClient(other.port());
                JsonNode anonymous = json(client.get("/health"), 200);
                assertThat(anonymous.path("neo4j").path("store").asText()).isEqualTo("embedded Neo4j");
                assertThat(anonymous.toString()).doesNotContain("/");
                JsonNode reader = json(client.withToken(EDITOR).get("/health"), 200);
                assertThat(reader.path("neo4j").path("store").asText()).startsWith("embedded Neo4j in /");
            } finally {
                other.stop();
            }
        }
    }
}
