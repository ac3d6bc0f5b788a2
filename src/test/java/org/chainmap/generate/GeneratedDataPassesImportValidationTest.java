package org.chainmap.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.chainmap.imports.ChangedTies;
import org.chainmap.imports.GraphWriter;
import org.chainmap.imports.ImportFile;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.ImportSummary;
import org.chainmap.imports.Importer;
import org.chainmap.imports.NodeKind;
import org.chainmap.imports.Progress;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The importer's own validation (a dry run) accepts a generated data set as it is, full or sparse: every written form
 * of a registered capital included.
 */
class GeneratedDataPassesImportValidationTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "sparse: {0}")
    @ValueSource(booleans = {false, true})
    void shouldPassTheImportersDryRunWithoutLookingAnythingUpInTheGraph(boolean sparse) {
        GenerationSummary generated = new SyntheticDataSet(3_000, 42, sparse).writeTo(dir, Progress.NONE);

        ImportSummary checked = new Importer(new EmptyGraph(), Set.of("370215", "370282"), Progress.NONE)
                .run(ImportSource.of(dir), true);

        assertThat(checked.dryRun()).isTrue();
        assertThat(checked.files())
                .extracting(ImportSummary.FileSummary::file)
                .containsExactlyElementsOf(Arrays.stream(ImportFile.values())
                        .map(ImportFile::csvName)
                        .toList());
        assertThat(checked.rows()).isEqualTo(generated.rows());
    }

    /** A graph with nothing in it that must not be written to: a complete data set refers only to itself. */
    private static final class EmptyGraph implements GraphWriter {
        @Override
        public Set<String> existingKeys(NodeKind kind, Collection<String> keys) {
            return Set.of();
        }

        @Override
        public java.util.Map<String, String> parcelStatuses(Collection<String> ids) {
            return java.util.Map.of();
        }

        @Override
        public List<String[]> existingFlows() {
            return List.of();
        }

        @Override
        public Batch batch(ImportFile file) {
            throw new AssertionError("a dry run must not write " + file.csvName());
        }

        @Override
        public void markChanged(boolean memberships, ChangedTies ties) {
            throw new AssertionError("a dry run must not change the graph");
        }

        @Override
        public void recordImport(
                org.chainmap.imports.ImportRun run,
                java.util.List<org.chainmap.imports.ImportSummary.FileSummary> files) {
            throw new AssertionError("a dry run must not write");
        }

        @Override
        public void importStarted(org.chainmap.imports.ImportRun run) {
            throw new AssertionError("a dry run must not begin writing");
        }

        @Override
        public void importsFinished(List<String> runIds) {
            throw new AssertionError("a dry run must not finish a write");
        }

        @Override
        public List<org.chainmap.imports.ImportRun> unfinishedImports() {
            return List.of();
        }
    }
}
