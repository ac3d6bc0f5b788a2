package org.chainmap.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.chainmap.generate.SyntheticDataSet;
import org.chainmap.imports.ExchangeRates;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.store.ConnectionSettings;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A projection that follows imports of supply ties ({@link ProjectionReader#update}) equals a full read after each:
 * many small random imports of changed and new ties (figures changed, cells left empty, ties added in the middle of
 * a supplier's), with now and then an import of enterprises, which the update must leave to a full read. On a
 * generated set of 1,200 enterprises.
 */
class IncrementalProjectionIT {
    private static final Set<String> LOCAL = Set.of("370215", "370282");
    private static final int ROUNDS = 14;

    @TempDir
    static Path dir;

    private static Store store;

    @BeforeAll
    static void importGenerated() {
        store = Store.open(ConnectionSettings.embedded(dir.resolve("data")), false);
        new SyntheticDataSet(1_200, 5).writeTo(dir.resolve("generated"), Progress.NONE);
        importFolder(dir.resolve("generated"));
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void shouldEqualAFullReadAfterEveryImport() throws IOException {
        var reader = new ProjectionReader(store, true, null);
        IndustryGraph held = reader.read();
        Random random = new Random(20261206);
        int updates = 0;
        for (int round = 0; round < ROUNDS; round++) {
            boolean tiesOnly = round % 5 != 3;
            Path folder = Files.createDirectories(dir.resolve("round-" + round));
            if (tiesOnly) {
                Files.writeString(folder.resolve("supplies.csv"), ties(held, random));
            } else {
                Files.writeString(folder.resolve("enterprises.csv"), revenues(held, random));
            }
            importFolder(folder);

            IndustryGraph updated = reader.update(held);
            IndustryGraph full = reader.readFromStore();
            assertThat(full.version()).isGreaterThan(held.version());
            if (!tiesOnly) {
                assertThat(updated).as("round %d changed enterprises", round).isNull();
                held = full;
                continue;
            }
            assertThat(updated).as("round %d changed ties alone", round).isNotNull();
            updates++;
            assertThat(ProjectionSnapshotIT.described(updated))
                    .as("round %d", round)
                    .containsExactlyElementsOf(ProjectionSnapshotIT.described(full));
            assertThat(ProjectionSnapshotIT.answers(updated))
                    .as("round %d", round)
                    .isEqualTo(ProjectionSnapshotIT.answers(full));
            held = updated;
        }
        assertThat(updates).isGreaterThanOrEqualTo(ROUNDS * 3 / 4);
        // two imports of ties in a row are followed from the projection of two versions before
        IndustryGraph before = held;
        for (int i = 0; i < 2; i++) {
            Path folder = Files.createDirectories(dir.resolve("twice-" + i));
            Files.writeString(folder.resolve("supplies.csv"), ties(held, random));
            importFolder(folder);
        }
        assertThat(ProjectionSnapshotIT.described(reader.update(before)))
                .containsExactlyElementsOf(ProjectionSnapshotIT.described(reader.readFromStore()));
    }

    /** Some of the graph's ties with other figures or cells left empty, and some new ones. */
    private static String ties(IndustryGraph g, Random random) {
        StringBuilder csv = new StringBuilder("supplier_uscc,customer_uscc,value,since,source,confidence\n");
        Set<String> pairs = new HashSet<>();
        TieGraph ties = g.tieGraph();
        int changed = 1 + random.nextInt(25);
        for (int i = 0; i < changed; i++) {
            int t = random.nextInt(ties.size());
            row(csv, pairs, g, ties.supplier(t), ties.customer(t), random);
        }
        int added = random.nextInt(8);
        for (int i = 0; i < added; i++) {
            int s = random.nextInt(ties.vertices());
            int c = random.nextInt(ties.vertices());
            if (s != c) {
                row(csv, pairs, g, s, c, random);
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, Set<String> pairs, IndustryGraph g, int s, int c, Random random) {
        String supplier = g.enterpriseAt(s).uscc();
        String customer = g.enterpriseAt(c).uscc();
        if (!pairs.add(supplier + ">" + customer)) {
            return;
        }
        csv.append(supplier).append(',').append(customer).append(',');
        csv.append(random.nextBoolean() ? String.valueOf(random.nextInt(5_000)) : "")
                .append(',');
        csv.append(random.nextBoolean() ? "202" + random.nextInt(6) : "").append(',');
        csv.append(random.nextBoolean() ? (random.nextBoolean() ? "survey" : "customs") : "")
                .append(',');
        csv.append(random.nextBoolean() ? String.valueOf(random.nextInt(101) / 100.0) : "")
                .append('\n');
    }

    /** A few enterprises with another revenue. */
    private static String revenues(IndustryGraph g, Random random) {
        StringBuilder csv = new StringBuilder("uscc,name,revenue\n");
        for (int i = 0; i < 3; i++) {
            EnterpriseNode e = g.enterpriseAt(random.nextInt(g.enterprises().size()));
            csv.append(e.uscc())
                    .append(',')
                    .append(e.name())
                    .append(',')
                    .append(1 + random.nextInt(90_000))
                    .append('\n');
        }
        return csv.toString();
    }

    private static void importFolder(Path folder) {
        new Importer(new Neo4jGraphWriter(store), LOCAL, ExchangeRates.DEFAULTS, Progress.NONE)
                .run(ImportSource.of(folder), false);
    }
}
