package org.chainmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chainmap.Main;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.api.ApiServer;
import org.chainmap.api.Services;
import org.chainmap.export.Json;
import org.chainmap.generate.SyntheticDataSet;
import org.chainmap.imports.Fixtures;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.report.ReportService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The external-URI path against a Neo4j that another process started, as an operator's server would be: chainmap
 * holds no store of its own, only the address and the password.
 */
class SeparateProcessNeo4jIT {
    @TempDir
    static Path folder;

    private static Process server;
    private static String boltUri;
    private static String password;

    @BeforeAll
    static void startServer() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        StandaloneNeo4j.class.getName(),
                        folder.resolve("neo4j").toString())
                .redirectError(folder.resolve("server.log").toFile())
                .start();
        var out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line)
                .as("the server's first line (log in %s)", folder.resolve("server.log"))
                .isNotNull();
        String[] parts = line.split(" ");
        boltUri = parts[0];
        password = parts[1];
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.getOutputStream().close();
        if (!server.waitFor(60, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bolt", "neo4j"})
    void shouldImportAndReportThroughTheExternalUri(String scheme) throws Exception {
        String uri = boltUri.replaceFirst("^bolt", scheme);
        var settings = new ConnectionSettings(folder.resolve("unused-" + scheme), uri, "neo4j", password, 64);
        try (Store store = Store.open(settings, false)) {
            store.writeTransaction(tx -> tx.run(Queries.text("test/delete-all")).consume());
            Path in = Fixtures.copy("small", Files.createDirectories(folder.resolve("in-" + scheme)));
            new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                    .run(ImportSource.of(in), false);

            assertThat(store.description()).isEqualTo(uri);
            assertThat(new ReportService(store, "区工业和信息化局").counts().enterprises())
                    .isEqualTo(6);
        }
        assertThat(folder.resolve("unused-" + scheme))
                .as("no embedded store is started")
                .doesNotExist();
    }

    /**
     * {@code kill -9} of {@code chainmap import} once it has begun writing leaves part of the data; the marker it
     * wrote before its first write is then reported by {@code /health} and by every command, until the same import
     * run again completes it.
     */
    @Test
    void shouldReportAnImportKilledHalfwayUntilItIsRunAgain() throws Exception {
        final int enterprises = 5_000;
        var settings = new ConnectionSettings(folder.resolve("unused-kill"), boltUri, "neo4j", password, 64);
        Path data = folder.resolve("generated");
        var generated = new SyntheticDataSet(enterprises, 42).writeTo(data, Progress.NONE);
        try (Store store = Store.open(settings, false)) {
            store.writeTransaction(tx -> tx.run(Queries.text("test/delete-all")).consume());
            Process importing = chainmap(folder.resolve("import.log"), "import", data.toString());
            ReportService report = new ReportService(store, "区工业和信息化局");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (report.counts().enterprises() == 0 && importing.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(importing.isAlive())
                    .as("the import is still writing (log: %s)", Files.readString(folder.resolve("import.log")))
                    .isTrue();
            importing.destroyForcibly().waitFor();
            assertThat(report.counts().supplies())
                    .as("killed before the supply ties were all written")
                    .isLessThan(generated.rowsOf("supplies.csv"));

            Javalin app = ApiServer.create(Services.over(store, AnalysisConfig.load(null, Map.of()), "区工业和信息化局"))
                    .start("127.0.0.1", 0);
            try {
                JsonNode interrupted = health(app).path("interruptedImport");
                assertThat(interrupted.path("source").asText())
                        .isEqualTo(data.toAbsolutePath().toString());
                assertThat(interrupted.path("startedAt").asText()).isNotBlank();

                Process reporting = chainmap(folder.resolve("report.log"), "report");
                assertThat(reporting.waitFor()).isZero();
                assertThat(Files.readString(folder.resolve("report.log")))
                        .contains("warning: the import of " + data.toAbsolutePath())
                        .contains("did not finish")
                        .contains("run the same import again");

                new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                        .run(ImportSource.of(data), data.toAbsolutePath().toString(), false);
                assertThat(health(app).path("interruptedImport").isNull()).isTrue();
                assertThat(report.counts().enterprises()).isEqualTo(enterprises);
            } finally {
                app.stop();
                // this server's transactions are bounded in memory: leave it as small as the other tests expect
                store.writeTransaction(
                        tx -> tx.run(Queries.text("test/delete-all")).consume());
            }
        }
    }

    private static JsonNode health(Javalin app) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://127.0.0.1:" + app.port() + "/health"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    /** The command line in a process of its own on the external Neo4j, its output in {@code log}. */
    private static Process chainmap(Path log, String... args) throws Exception {
        String javaCommand =
                Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(
                List.of(javaCommand, "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--neo4j-uri", boltUri, "--neo4j-password", password));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    @Test
    void shouldRefuseAWrongPassword() {
        var settings = new ConnectionSettings(folder.resolve("unused"), boltUri, "neo4j", "not-" + password, 64);
        assertThatThrownBy(() -> Store.open(settings, false)).isInstanceOf(StoreUnavailableException.class);
    }
}
