package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An absent or empty cell means "unknown" and never erases what the graph knows: for every file of the format and
 * every optional column, importing the same rows again without that column, or with it empty, leaves the graph
 * exactly as it was (list-valued columns, relationship columns and derived values included).
 */
class PartialUpdateIT {
    private static final Set<String> LOCAL = Set.of("370215", "370282");

    @TempDir
    Path dir;

    Store store;
    List<String> before;

    @BeforeEach
    void importTheFixture() {
        store = TestNeo4j.clean();
        Path full = fixture(folder("full"));
        importFrom(full);
        // a value the division code would not give: Ningbo's recycler counted as local by the bureau's own list
        Path override = folder("override");
        Fixtures.write(override, "enterprises.csv", "uscc,name,local\n" + Fixtures.RECYCLER + ",宁波己回收有限公司,是\n");
        importFrom(override);
        before = TestNeo4j.fingerprint(store);
        assertThat(before)
                .anyMatch(
                        l -> l.startsWith("Enterprise ") && l.contains(Fixtures.RECYCLER) && l.contains("local=true"));
    }

    static Stream<Arguments> optionalColumns() {
        List<Arguments> all = new ArrayList<>();
        for (ImportFile file : ImportFile.values()) {
            for (Column column : file.columns()) {
                if (!column.required()) {
                    all.add(Arguments.of(file, column.name()));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("optionalColumns")
    void shouldKeepWhatTheGraphKnowsWhenAColumnIsAbsent(ImportFile file, String column) {
        importFrom(rewritten(file, column, false));
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} with {1} empty")
    @MethodSource("optionalColumns")
    void shouldKeepWhatTheGraphKnowsWhenAColumnIsEmpty(ImportFile file, String column) {
        importFrom(rewritten(file, column, true));
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
    }

    /** The fixture's rows of {@code file} alone, with {@code column} dropped or emptied. */
    private Path rewritten(ImportFile file, String column, boolean keepEmpty) {
        Path out = folder(file.baseName() + "-" + column + (keepEmpty ? "-empty" : "-absent"));
        try {
            Path source = fixture(folder("source-" + out.getFileName())).resolve(file.csvName());
            List<CSVRecord> records;
            try (var reader = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
                records = CSVFormat.RFC4180.parse(reader).getRecords();
            }
            int drop = records.getFirst().toList().indexOf(column);
            assertThat(drop).as(column + " in the fixture's " + file.csvName()).isNotNegative();
            StringWriter text = new StringWriter();
            try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
                for (int r = 0; r < records.size(); r++) {
                    List<String> cells = new ArrayList<>(records.get(r).toList());
                    if (!keepEmpty) {
                        cells.remove(drop);
                    } else if (r > 0) {
                        cells.set(drop, "");
                    }
                    printer.printRecord(cells);
                }
            }
            Fixtures.write(out, file.csvName(), text.toString());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The small fixture with land: its parks with their stage, milestones and space, parcels and a renewal. */
    private static Path fixture(Path dir) {
        Fixtures.copy("small", dir);
        try {
            Path land = Path.of(PartialUpdateIT.class
                    .getClassLoader()
                    .getResource("fixtures/small-land")
                    .toURI());
            try (var files = Files.list(land)) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path folder(String name) {
        try {
            return Files.createDirectories(dir.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void importFrom(Path path) {
        new Importer(new Neo4jGraphWriter(store), LOCAL, Progress.NONE).run(ImportSource.of(path), false);
    }
}
