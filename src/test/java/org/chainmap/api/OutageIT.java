package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.api.ApiClient.json;
import static org.chainmap.api.ApiClient.problem;

import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.imports.Fixtures;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.store.ConnectionSettings;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.StandaloneNeo4j;
import org.chainmap.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Neo4j going away under a running server and coming back: the server stays up, answers 503 problems meanwhile and
 * answers again by itself once Neo4j is back. Neo4j runs in a process of its own so that it can be killed.
 */
class OutageIT {
    private static final String PASSWORD = "outage-test-password-0123456789";

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("try") // the store is closed on purpose inside its try block
    void shouldAnswer503WhileNeo4jIsAwayAndRecoverByItself() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process neo4j = startNeo4j(port);
        var settings = new ConnectionSettings(dir.resolve("unused"), "bolt://127.0.0.1:" + port, "neo4j", PASSWORD, 64);
        try (Store store = Store.open(settings, false)) {
            new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                    .run(ImportSource.of(Fixtures.copy("small", Files.createDirectories(dir.resolve("in")))), false);
            Javalin app = ApiServer.create(Services.over(store, AnalysisConfig.load(null, Map.of()), "区工业和信息化局"))
                    .start("127.0.0.1", 0);
            try {
                ApiClient client = new ApiClient(app.port());
                json(client.get("/api/v1/chains/nev/gaps"), 200);

                neo4j.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

                // parks are read from Neo4j on every request; analysis answers are cached, but not once Neo4j is known
                // away
                assertThat(problem(client.get("/api/v1/parks"), 503)
                                .path("detail")
                                .asText())
                        .contains("unreachable");
                assertThat(problem(client.get("/api/v1/chains/nev/gaps"), 503)
                                .path("code")
                                .asText())
                        .isEqualTo("STORE_UNAVAILABLE");
                assertThat(json503(client)).isEqualTo("DOWN");

                neo4j = startNeo4j(port);
                Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                int status;
                do {
                    Thread.sleep(200);
                    status = client.get("/api/v1/chains/nev/gaps").statusCode();
                } while (status != 200 && Instant.now().isBefore(deadline));
                assertThat(status).as("answers again after Neo4j is back").isEqualTo(200);
                assertThat(json(client.get("/health"), 200).path("status").asText())
                        .isEqualTo("UP");

                // a failure nobody planned for: the store closed under the server
                store.close();
                assertThat(problem(client.get("/api/v1/parks"), 500)
                                .path("detail")
                                .asText())
                        .matches("internal error, id [0-9a-f-]{36}");
            } finally {
                app.stop();
            }
        } finally {
            neo4j.getOutputStream().close();
            if (!neo4j.waitFor(60, TimeUnit.SECONDS)) {
                neo4j.destroyForcibly();
            }
        }
    }

    private static String json503(ApiClient client) {
        var r = client.get("/health");
        assertThat(r.statusCode()).isEqualTo(503);
        return ApiClient.parse(r.body()).path("status").asText();
    }

    private Process startNeo4j(int port) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StandaloneNeo4j.class.getName(),
                        dir.resolve("neo4j").toString(),
                        Integer.toString(port),
                        PASSWORD)
                .redirectError(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("neo4j.log").toFile()))
                .start();
        String line = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            throw new AssertionError("Neo4j did not start: " + Files.readString(dir.resolve("neo4j.log")));
        }
        return p;
    }
}
