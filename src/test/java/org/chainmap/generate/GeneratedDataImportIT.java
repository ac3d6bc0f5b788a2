package org.chainmap.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.ImportSummary;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.report.Counts;
import org.chainmap.report.ReportService;
import org.chainmap.store.ConnectionSettings;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated data set imports into a real (embedded) store, and importing it again changes nothing; a sparse one
 * imports too, without revenue and with its few ties.
 */
class GeneratedDataImportIT {
    static final Set<String> LOCAL = Set.of("370215", "370282");

    @TempDir
    Path dir;

    @Test
    void shouldImportEveryRowAndChangeNothingOnASecondImport() {
        Path csv = dir.resolve("csv");
        GenerationSummary generated = new SyntheticDataSet(1_000, 42).writeTo(csv, Progress.NONE);

        try (Store store = Store.open(ConnectionSettings.embedded(dir.resolve("data")), false)) {
            var importer = new Importer(new Neo4jGraphWriter(store), LOCAL, Progress.NONE);
            ImportSummary first = importer.run(ImportSource.of(csv), false);
            Counts counts = new ReportService(store, "区工业和信息化局").counts();
            ImportSummary again = importer.run(ImportSource.of(csv), false);

            assertThat(first.rows()).isEqualTo(generated.rows());
            assertThat(counts)
                    .isEqualTo(new Counts(
                            generated.rowsOf("chains.csv"),
                            generated.rowsOf("links.csv"),
                            generated.rowsOf("enterprises.csv"),
                            generated.rowsOf("evaluations.csv"),
                            generated.rowsOf("supplies.csv"),
                            generated.rowsOf("leaders.csv"),
                            generated.rowsOf("parks.csv"),
                            generated.rowsOf("projects.csv")));
            // IN_LINK ties are written on two threads kept apart by link: every row makes its tie once
            assertThat(first.files())
                    .filteredOn(f -> f.file().equals("enterprise_links.csv"))
                    .singleElement()
                    .extracting(ImportSummary.FileSummary::relationshipsCreated)
                    .isEqualTo(generated.rowsOf("enterprise_links.csv"));
            assertThat(again.created()).isZero();
            assertThat(again.updated()).isZero();

            // registered capitals, whatever form they were written in, in 万元 and larger for larger firms
            List<Map<String, Object>> enterprises = enterprises(store);
            List<Map<String, Object>> known = enterprises.stream()
                    .filter(e -> e.get("registeredCapital") != null && e.get("revenue") != null)
                    .sorted(Comparator.comparingDouble(e -> (Double) e.get("revenue")))
                    .toList();
            assertThat(known).hasSizeGreaterThan(enterprises.size() * 9 / 10);
            double[] capitals = known.stream()
                    .mapToDouble(e -> (Double) e.get("registeredCapital"))
                    .sorted()
                    .toArray();
            assertThat(capitals[capitals.length / 2]).as("median capital, 万元").isBetween(500.0, 5_000.0);
            int half = known.size() / 2;
            assertThat(meanLog(known.subList(half, known.size())))
                    .as("mean log capital of the larger half by revenue")
                    .isGreaterThan(meanLog(known.subList(0, half)) + 0.5);
        }
    }

    @Test
    void shouldImportASparseDataSetWithoutRevenueAndWithItsFewTies() {
        Path csv = dir.resolve("csv");
        GenerationSummary generated = new SyntheticDataSet(1_000, 42, true).writeTo(csv, Progress.NONE);

        try (Store store = Store.open(ConnectionSettings.embedded(dir.resolve("data")), false)) {
            ImportSummary first =
                    new Importer(new Neo4jGraphWriter(store), LOCAL, Progress.NONE).run(ImportSource.of(csv), false);
            Counts counts = new ReportService(store, "区工业和信息化局").counts();

            assertThat(first.rows()).isEqualTo(generated.rows());
            assertThat(counts.enterprises()).isEqualTo(1_000);
            assertThat(counts.supplies())
                    .isEqualTo(generated.rowsOf("supplies.csv"))
                    .isBetween(5L, 200L);
            List<Map<String, Object>> enterprises = enterprises(store);
            assertThat(enterprises).allSatisfy(e -> assertThat(e).doesNotContainKey("revenue"));
            assertThat(enterprises.stream().filter(e -> e.get("registeredCapital") != null))
                    .hasSizeGreaterThan(970);
            assertThat(enterprises.stream().filter(e -> e.get("employees") != null))
                    .hasSizeGreaterThan(930);
        }
    }

    @Test
    void shouldLetClassifyRecoverMostOfTheMembershipsHeldBackAsLabels() {
        Path csv = dir.resolve("csv");
        Path labels = dir.resolve("labels.csv");
        GenerationSummary generated = new SyntheticDataSet(1_000, 42).writeTo(csv, labels, Progress.NONE);

        try (Store store = Store.open(ConnectionSettings.embedded(dir.resolve("data")), false)) {
            ImportSummary imported =
                    new Importer(new Neo4jGraphWriter(store), LOCAL, Progress.NONE).run(ImportSource.of(csv), false);
            var classify = new org.chainmap.classify.ClassifyService(store, java.time.Clock.systemUTC());
            var run = classify.run(0.5, false, Progress.NONE);
            var quality = classify.evaluate(org.chainmap.classify.LabelFile.read(labels), 0.5);

            assertThat(imported.skipped()).isZero();
            assertThat(imported.warnings()).as("section names without a code").isBetween(1L, 20L);
            assertThat(run.assigned()).isGreaterThan(generated.labels().rows() * 3 / 4);
            assertThat(quality.labelled()).isEqualTo(generated.labels().rows());
            assertThat(quality.unknown()).isZero();
            assertThat(quality.precision()).isBetween(0.7, 0.95);
            assertThat(quality.recall()).isBetween(0.7, 0.95);
        }
    }

    private static List<Map<String, Object>> enterprises(Store store) {
        return store.read("test/fingerprint-nodes", Map.of()).stream()
                .filter(r -> r.get("label").asString().equals("Enterprise"))
                .map(r -> r.get("props").asMap())
                .toList();
    }

    private static double meanLog(List<Map<String, Object>> enterprises) {
        return enterprises.stream()
                .mapToDouble(e -> Math.log(Math.max(1e-6, (Double) e.get("registeredCapital"))))
                .average()
                .orElseThrow();
    }
}
