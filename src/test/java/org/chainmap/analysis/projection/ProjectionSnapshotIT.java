package org.chainmap.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.analysis.targets.Page;
import org.chainmap.analysis.targets.TargetFilter;
import org.chainmap.export.Json;
import org.chainmap.generate.SyntheticDataSet;
import org.chainmap.imports.ExchangeRates;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.store.ConnectionSettings;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Queries;
import org.chainmap.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full projection kept on disk: loaded, it equals a read of the store and gives the same answers; it is used only
 * while the graph is as it was when it was kept, even after another process changed the graph; a damaged file is
 * taken as absent. On a generated set of 1,500 enterprises with some memberships inferred, in a store of its own
 * published like {@code serve}'s, so that a {@code chainmap import} in another process can change it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProjectionSnapshotIT {
    private static final Set<String> LOCAL = Set.of("370215", "370282");

    @TempDir
    static Path dir;

    private static Store store;
    private static Path cache;

    @BeforeAll
    static void importGenerated() {
        store = Store.open(ConnectionSettings.embedded(dir.resolve("data")), true);
        cache = dir.resolve("cache");
        new SyntheticDataSet(1_500, 11).writeTo(dir.resolve("generated"), Progress.NONE);
        new Importer(new Neo4jGraphWriter(store), LOCAL, ExchangeRates.DEFAULTS, Progress.NONE)
                .run(ImportSource.of(dir.resolve("generated")), false);
        store.writeTransaction(tx -> tx.run(Queries.text("test/mark-inferred"), Map.of("suffix", "7"))
                .consume());
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void shouldLoadWhatAReadOfTheStoreGives() throws Exception {
        var snapshots = ProjectionSnapshots.in(cache);
        var reader = new ProjectionReader(store, true, snapshots);
        IndustryGraph read = reader.read();
        snapshots.awaitWritten();
        ProjectionKey key = reader.key();
        assertThat(Files.isRegularFile(snapshots.file(key))).isTrue();

        IndustryGraph loaded = ProjectionSnapshots.in(cache).load(key);
        assertThat(loaded).isNotNull().isNotSameAs(read);
        assertThat(loaded.version()).isEqualTo(read.version());
        assertThat(described(loaded)).containsExactlyElementsOf(described(read));
        assertThat(described(read))
                .as("the set has inferred members, leaders, parks and stages")
                .anyMatch(l -> l.startsWith("member") && l.endsWith(" inferred"))
                .anyMatch(l -> l.startsWith("leads"))
                .anyMatch(l -> l.startsWith("park"));
        assertThat(answers(loaded)).isEqualTo(answers(read));
        // a new process on the unchanged graph takes the kept one
        assertThat(described(new ProjectionReader(store, true, ProjectionSnapshots.in(cache)).read()))
                .containsExactlyElementsOf(described(read));
    }

    @Test
    @Order(2)
    void shouldNotBeUsedForAnotherSettingOrADamagedFile() throws IOException {
        var reader = new ProjectionReader(store, true, ProjectionSnapshots.in(cache));
        ProjectionKey key = reader.key();
        assertThat(ProjectionSnapshots.in(cache)
                        .load(new ProjectionKey(key.store(), key.graph(), key.version(), key.work(), false)))
                .isNull();
        assertThat(ProjectionSnapshots.in(cache).load(key.at(key.version() - 1)))
                .isNull();

        Path file = ProjectionSnapshots.in(cache).file(key);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(ProjectionSnapshots.in(cache).load(key)).isNull();
        IndustryGraph read = reader.read();
        assertThat(described(read)).containsExactlyElementsOf(described(reader.readFromStore()));
    }

    @Test
    @Order(3)
    void shouldSeeAChangeMadeByAnotherProcess() throws Exception {
        var snapshots = ProjectionSnapshots.in(cache);
        IndustryGraph before = new ProjectionReader(store, true, snapshots).read();
        snapshots.awaitWritten();
        int t = 0;
        String supplier = before.enterpriseAt(before.tieGraph().supplier(t)).uscc();
        String customer = before.enterpriseAt(before.tieGraph().customer(t)).uscc();
        double value = before.tieGraph().value(t);
        double changed = (Double.isNaN(value) ? 0 : value) + 1_234;
        Path folder = Files.createDirectories(dir.resolve("change"));
        Files.writeString(
                folder.resolve("supplies.csv"),
                "supplier_uscc,customer_uscc,value\n" + supplier + "," + customer + "," + changed + "\n");

        importInAnotherProcess(folder);

        // this process, and a new one, each with the projection kept before the change on disk
        IndustryGraph after = new ProjectionReader(store, true, ProjectionSnapshots.in(cache)).read();
        assertThat(after.version()).isGreaterThan(before.version());
        int tie = tieOf(after, supplier, customer);
        assertThat(after.tieGraph().value(tie)).isEqualTo(changed);
        var service = AnalysisService.over(store, AnalysisConfig.defaults());
        assertThat(service.projection().version()).isEqualTo(after.version());
        assertThat(answers(service.projection())).isEqualTo(answers(after));
    }

    private static void importInAnotherProcess(Path folder) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "org.chainmap.Main",
                        "import",
                        folder.toString(),
                        "--data",
                        dir.resolve("data").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("import.log").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as(Files.readString(dir.resolve("import.log")))
                .isZero();
    }

    private static int tieOf(IndustryGraph g, String supplier, String customer) {
        TieGraph ties = g.tieGraph();
        int s = g.indexOf(supplier);
        for (int i = 0; i < ties.outDegree(s); i++) {
            int t = ties.outTie(s, i);
            if (g.enterpriseAt(ties.customer(t)).uscc().equals(customer)) {
                return t;
            }
        }
        throw new AssertionError("no tie " + supplier + " -> " + customer);
    }

    /** Everything a projection holds, one line per fact, in its own order. */
    static List<String> described(IndustryGraph g) {
        List<String> lines = new ArrayList<>();
        lines.add("version " + g.version());
        g.chains().forEach(c -> {
            lines.add("chain " + c);
            g.linksOfChain(c.id()).forEach(l -> {
                lines.add("link " + l + " " + g.linkFigures(l.id()));
                for (int v : g.memberIndexes(l.id())) {
                    lines.add("member " + l.id() + " " + v + (g.isInferredMember(l.id(), v) ? " inferred" : ""));
                }
                lines.add("regions " + l.id() + " "
                        + new TreeMap<>(g.linkRegions().of(l.id())));
            });
            g.leadersOf(c.id()).stream().sorted().forEach(u -> lines.add("leads " + c.id() + " " + u));
        });
        g.flows().edgeSet().forEach(f -> lines.add("feeds " + f));
        for (int v = 0; v < g.enterprises().size(); v++) {
            lines.add("enterprise " + v + " " + g.enterpriseAt(v) + " "
                    + g.linksOf(g.enterpriseAt(v).uscc()));
        }
        TieGraph ties = g.tieGraph();
        for (int t = 0; t < ties.size(); t++) {
            lines.add("tie " + t + " " + ties.tie(t, "" + ties.supplier(t), "" + ties.customer(t)));
        }
        for (int v = 0; v < ties.vertices(); v++) {
            StringBuilder row = new StringBuilder("rows " + v + " out");
            for (int i = 0; i < ties.outDegree(v); i++) {
                row.append(' ').append(ties.outTie(v, i));
            }
            row.append(" in");
            for (int i = 0; i < ties.inDegree(v); i++) {
                row.append(' ').append(ties.inTie(v, i));
            }
            row.append(" partners");
            for (int i = 0; i < ties.partnerCount(v); i++) {
                row.append(' ').append(ties.partner(v, i)).append('@').append(ties.partnerStrength(v, i));
            }
            lines.add(row.toString());
        }
        g.parks().forEach(p -> lines.add("park " + p));
        lines.add("stages " + new TreeMap<>(g.pipelineStages().furthest()));
        return lines;
    }

    /** The answers of every analysis on the projection, as the API would give them. */
    static Map<String, String> answers(IndustryGraph g) throws JsonProcessingException {
        var service = new AnalysisService(() -> g, AnalysisConfig.defaults());
        var json = Json.mapper();
        Map<String, String> answers = new TreeMap<>();
        answers.put("gaps", json.writeValueAsString(service.gapsAll()));
        for (ChainNode c : g.chains()) {
            answers.put("targets " + c.id(), json.writeValueAsString(service.targets(c.id(), TargetFilter.NONE)));
            answers.put("resilience " + c.id(), json.writeValueAsString(service.resilience(c.id(), null)));
            for (String leader : g.leadersOf(c.id())) {
                answers.put("referrals " + leader, json.writeValueAsString(service.referrals(leader)));
            }
        }
        answers.put(
                "all targets",
                json.writeValueAsString(service.targetsAcrossChains(null, TargetFilter.NONE, Page.FIRST)));
        return answers;
    }
}
