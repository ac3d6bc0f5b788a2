package org.chainmap.imports;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the importer needs of the graph: the keys and flows already there, and batched idempotent writes. */
public interface GraphWriter {
    /** The subset of {@code keys} that exist in the graph as nodes of {@code kind}. */
    Set<String> existingKeys(NodeKind kind, Collection<String> keys);

    /**
     * The status (a {@code ParcelStatus} name) of each of these parcels that the graph holds with a known status.
     */
    Map<String, String> parcelStatuses(Collection<String> ids);

    /** Every FEEDS edge in the graph as {@code [from, to]} link ids. */
    List<String[]> existingFlows();

    /** A batch writer for the rows of one file. */
    Batch batch(ImportFile file);

    /**
     * A batch writer for rows known to be new (their enterprise is not in the graph yet), which creates without
     * looking for an existing node or tie; empty when the file has no such faster path.
     */
    default Optional<Batch> creatingBatch(ImportFile file) {
        return Optional.empty();
    }

    /**
     * Records that the graph changed, so that cached analyses are recomputed; {@code memberships} when enterprises
     * or their links changed, not only ties, projects or other records.
     *
     * @param ties when the import changed supply ties and nothing else, those ties (a projection may read them alone
     *     again); {@code null} when it may have changed anything
     */
    void markChanged(boolean memberships, ChangedTies ties);

    /** Adds the audit entry of an import that changed the graph: who ran it, and what each file changed. */
    void recordImport(ImportRun run, List<ImportSummary.FileSummary> files);

    /** Marks an import as begun, durably, before its first write. */
    void importStarted(ImportRun run);

    /** Removes the markers of these runs: they finished, or a run of the same source completed them. */
    void importsFinished(List<String> runIds);

    /** The imports that began writing and have not finished (running, or interrupted), oldest first. */
    List<ImportRun> unfinishedImports();

    /** Collects rows and writes them in batches, each in its own managed transaction. */
    interface Batch {
        void add(ImportRow row);

        /** Writes what is left. */
        void flush();

        long nodesCreated();

        long relationshipsCreated();

        long updated();

        /** Rows left alone on purpose (a project row older than the project's last stage event). */
        default long skipped() {
            return 0;
        }
    }
}
