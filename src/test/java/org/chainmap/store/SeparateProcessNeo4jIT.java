package org.chainmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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

    @Test
    void shouldRefuseAWrongPassword() {
        var settings = new ConnectionSettings(folder.resolve("unused"), boltUri, "neo4j", "not-" + password, 64);
        assertThatThrownBy(() -> Store.open(settings, false)).isInstanceOf(StoreUnavailableException.class);
    }
}
