package org.chainmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.api.ApiServer;
import org.chainmap.api.Services;
import org.chainmap.domain.ChainmapException;
import org.chainmap.imports.BulkLoad;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.ExchangeRates;
import org.chainmap.imports.Fixtures;
import org.chainmap.imports.GraphWriter;
import org.chainmap.imports.ImportFile;
import org.chainmap.imports.ImportRejectedException;
import org.chainmap.imports.ImportRow;
import org.chainmap.imports.ImportRun;
import org.chainmap.imports.ImportService;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.ImportSummary;
import org.chainmap.imports.Importer;
import org.chainmap.imports.InitialImport;
import org.chainmap.imports.Problem;
import org.chainmap.imports.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --initial}: the graph a first load leaves is the one a normal import of the same input into an empty
 * store leaves (labels, properties with their types, ties), and it refuses what a normal import refuses, a store that
 * holds data, and leaves its marker when it does not finish.
 */
class FirstLoadIT {
    private static final Set<String> LOCAL = ImportService.DEFAULT_LOCAL_DIVISIONS;

    @TempDir
    Path dir;

    private static ImportSummary loadFirst(Path data, ImportSource source, String label) {
        try (FirstLoad load = FirstLoad.prepare(ConnectionSettings.embedded(data))) {
            return run(load, source, label);
        }
    }

    private static ImportSummary run(BulkLoad bulk, ImportSource source, String label) {
        return new InitialImport(bulk, LOCAL, ExchangeRates.DEFAULTS, Progress.NONE).run(source, label);
    }

    /** A copy of the small fixture. */
    private Path input() {
        Path input = dir.resolve("in");
        input.toFile().mkdirs();
        return Fixtures.copy("small", input);
    }

    /** The graph of a normal import of {@code source} into an empty store. */
    private static List<String> normalImport(ImportSource source, String label) {
        Store store = TestNeo4j.clean();
        new Importer(new Neo4jGraphWriter(store), LOCAL, Progress.NONE).run(source, label, false);
        return GraphDump.of(store);
    }

    private static List<String> dump(Path data) {
        try (Store store = Store.open(ConnectionSettings.embedded(data), false)) {
            return GraphDump.of(store);
        }
    }

    @Test
    void shouldLeaveTheGraphOfANormalImportOfTheDemo() {
        Path data = dir.resolve("store");
        ImportSummary summary = loadFirst(data, DemoData.source(), DemoData.LABEL);

        assertThat(dump(data)).isEqualTo(normalImport(DemoData.source(), DemoData.LABEL));
        assertThat(summary.created()).isGreaterThan(1000);
        assertThat(data.resolve(InitialImportMarker.NAME)).doesNotExist();
        assertThat(data.resolve(FirstLoad.WORK)).doesNotExist();
    }

    @Test
    void shouldLeaveTheGraphOfANormalImportAndRefuseAStoreThatHoldsData() {
        Path input = input();
        Path data = dir.resolve("store");
        ImportSummary first = loadFirst(data, ImportSource.of(input), input.toString());
        List<String> loaded = dump(data);

        Store normal = TestNeo4j.clean();
        ImportSummary second = new Importer(new Neo4jGraphWriter(normal), LOCAL, Progress.NONE)
                .run(ImportSource.of(input), input.toString(), false);
        assertThat(loaded).isEqualTo(GraphDump.of(normal));
        // the same counts, file by file, as the audit entry of each import records them
        assertThat(first.files())
                .usingRecursiveComparison()
                .ignoringFields("writeMs")
                .isEqualTo(second.files());
        assertThat(loaded)
                .anyMatch(l -> l.startsWith("(:ChainmapMeta {id=s'graph', membershipVersion=l1, version=l1})"));

        assertThatThrownBy(() -> loadFirst(data, ImportSource.of(input), input.toString()))
                .isInstanceOf(ChainmapException.class)
                .hasMessageContaining("holds data")
                .hasMessageContaining("import --initial loads an empty store only");
        assertThat(dump(data)).isEqualTo(loaded);
    }

    @Test
    void shouldRefuseBadInputWithTheProblemsOfANormalImportAndWriteNothing() {
        Path input = input();
        Fixtures.append(input, "supplies.csv", Fixtures.BATTERY + ",91370215MA0000009X,12,2020,名录,0.5");
        Fixtures.append(input, "enterprise_links.csv", Fixtures.MOTOR + ",nev.nowhere,true");
        Path data = dir.resolve("store");
        try (FirstLoad running = FirstLoad.prepare(ConnectionSettings.embedded(data))) {
            assertThatThrownBy(() -> FirstLoad.prepare(ConnectionSettings.embedded(data)))
                    .hasMessageContaining("another first load (import --initial) is running");
        }

        List<Problem> normal = problems(() -> normalImport(ImportSource.of(input), input.toString()));
        List<Problem> initial = problems(() -> loadFirst(data, ImportSource.of(input), input.toString()));

        assertThat(initial).hasSize(2).isEqualTo(normal);
        assertThat(dump(data)).isEmpty();
        assertThat(data.resolve(InitialImportMarker.NAME)).doesNotExist();
        assertThat(data.resolve(FirstLoad.WORK)).doesNotExist();
    }

    private static List<Problem> problems(Runnable run) {
        try {
            run.run();
        } catch (ImportRejectedException e) {
            return e.problems();
        }
        throw new AssertionError("the import was not refused");
    }

    @Test
    void shouldRefuseAnExternalNeo4j() {
        var external = new ConnectionSettings(dir, "bolt://127.0.0.1:7687", "neo4j", "secret", 64);
        assertThatThrownBy(() -> FirstLoad.prepare(external))
                .isInstanceOf(ChainmapException.class)
                .hasMessageContaining("embedded store only");
    }

    @Test
    void shouldNameAnInterruptedFirstLoadUntilItIsRunAgain() throws Exception {
        Path input = input();
        Path data = dir.resolve("store");
        String label = input.toAbsolutePath().toString();

        // the offline importer fails (here on a tie to a link that no file holds): the marker was written before
        assertThatThrownBy(() -> {
                    try (FirstLoad load = FirstLoad.prepare(ConnectionSettings.embedded(data))) {
                        run(new Failing(load), ImportSource.of(input), label);
                    }
                })
                .hasMessageContaining("offline importer failed");
        Path marker = data.resolve(InitialImportMarker.NAME);
        assertThat(marker).exists();
        assertThat(data.resolve(FirstLoad.WORK)).doesNotExist();

        // as if its process had died: every command and /health name it, and the store is as it was (empty)
        ObjectNode run = (ObjectNode) new ObjectMapper().readTree(marker.toFile());
        run.put("pid", deadPid());
        new ObjectMapper().writeValue(marker.toFile(), run);
        try (Store store = Store.open(ConnectionSettings.embedded(data), false)) {
            var interrupted = new ImportService(new Neo4jGraphWriter(store), LOCAL)
                    .interrupted()
                    .orElseThrow();
            assertThat(interrupted.source()).isEqualTo(label);
            assertThat(interrupted.startedAt()).isEqualTo(run.get("startedAt").asText());
            JsonNode health = health(store).path("interruptedImport");
            assertThat(health.path("source").asText()).isEqualTo(label);
            assertThat(GraphDump.of(store)).isEmpty();
            // versions given out before (two changes): the load carries them over, so none is given again
            for (int i = 0; i < 2; i++) {
                store.writeTransaction(tx -> tx.run(Queries.text("import/bump-version"), Map.of("memberships", false))
                        .consume());
            }
        }

        // run again, it replaces what is there and completes
        loadFirst(data, ImportSource.of(input), label);
        assertThat(marker).doesNotExist();
        List<String> loaded = dump(data);
        List<String> normal = normalImport(ImportSource.of(input), label);
        String meta = "(:ChainmapMeta {id=s'graph', membershipVersion=l1, version=l1})";
        assertThat(normal).contains(meta);
        assertThat(loaded).contains("(:ChainmapMeta {id=s'graph', membershipVersion=l3, version=l3})");
        assertThat(loaded.stream().filter(l -> !l.startsWith("(:ChainmapMeta")))
                .containsExactlyElementsOf(
                        normal.stream().filter(l -> !l.equals(meta)).toList());
    }

    private static JsonNode health(Store store) throws Exception {
        var app = ApiServer.create(Services.over(store, AnalysisConfig.load(null, Map.of()), "区工业和信息化局"))
                .start("127.0.0.1", 0);
        try {
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(response.body());
        } finally {
            app.stop();
        }
    }

    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    /** A load whose offline importer fails: one tie more, to a link no file holds. */
    private record Failing(FirstLoad load) implements BulkLoad {
        @Override
        public void add(ImportRow row) {
            load.add(row);
        }

        @Override
        public Created created(ImportFile file) {
            return load.created(file);
        }

        @Override
        public GraphWriter load(ImportRun run) {
            load.add(new ImportRow.EnterpriseLink(Fixtures.BATTERY, "nowhere", true));
            return load.load(run);
        }

        @Override
        public void finished(ImportRun run) {
            load.finished(run);
        }

        @Override
        public void close() {
            load.close();
        }
    }
}
