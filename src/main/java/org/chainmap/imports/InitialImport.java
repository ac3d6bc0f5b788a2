package org.chainmap.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The first load of an empty store ({@code import --initial}): the checks of a normal import, the large files
 * ({@link BulkLoad#FILES}) loaded by an offline importer, the others written afterwards as a normal import writes
 * them, and the import recorded and the graph's version set as a normal import into an empty store leaves them. The
 * graph it leaves is the one a normal import of the same input into an empty store leaves.
 *
 * <p>The first pass checks the input against an empty graph and hands the rows of the large files to the load as it
 * goes; on any problem it throws with all of them, and the store is not touched.
 */
public final class InitialImport {
    private final BulkLoad bulk;
    private final Set<String> localDivisions;
    private final ExchangeRates rates;
    private final Progress progress;

    public InitialImport(BulkLoad bulk, Set<String> localDivisions, ExchangeRates rates, Progress progress) {
        this.bulk = bulk;
        this.localDivisions = Set.copyOf(localDivisions);
        this.rates = rates;
        this.progress = progress;
    }

    /**
     * Checks everything and, when nothing is wrong, loads it; throws {@link ImportRejectedException} with every
     * problem otherwise. {@code label} names the import in the marker of a load that has begun.
     */
    public ImportSummary run(ImportSource source, String label) {
        long start = System.nanoTime();
        Importer.Checked checked =
                new Importer(EmptyGraph.INSTANCE, localDivisions, rates, progress).validate(source, true, bulk);
        long checkMs = (System.nanoTime() - start) / 1_000_000;
        ImportRun run = ImportRun.begin(label);
        GraphWriter writer = bulk.load(run);
        Importer rest = new Importer(writer, localDivisions, rates, progress);
        List<ImportSummary.FileSummary> files = new ArrayList<>();
        boolean changed = false;
        boolean memberships = false;
        for (var file : checked.files().entrySet()) {
            ImportSummary.FileSummary written;
            if (BulkLoad.FILES.contains(file.getKey())) {
                BulkLoad.Created created = bulk.created(file.getKey());
                written = file.getValue().summary(file.getKey(), created.nodes(), created.ties(), 0, 0, 0);
            } else {
                written =
                        rest.write(source, file.getKey(), checked.newEnterprises(), file.getValue(), new ChangedTies());
            }
            files.add(written);
            boolean fileChanged = written.nodesCreated() + written.relationshipsCreated() + written.updated() > 0;
            changed |= fileChanged;
            memberships |= fileChanged && Importer.MEMBERSHIPS.contains(written.file());
        }
        if (changed) {
            writer.recordImport(run, files);
            writer.markChanged(memberships, null);
        }
        bulk.finished(run);
        return ImportSummary.of(source.name(), false, files, checkMs);
    }
}
