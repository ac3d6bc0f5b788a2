package org.chainmap.imports;

import java.util.List;

/**
 * What an import did, file by file. {@code created} counts new nodes and relationships, {@code updated} rows whose
 * existing node or tie changed; re-importing the same files gives zero for both.
 */
public record ImportSummary(
        String source, boolean dryRun, List<FileSummary> files, long rows, long created, long updated, long checkMs) {
    public ImportSummary {
        files = List.copyOf(files);
    }

    /**
     * @param skipped rows left alone on purpose: project rows older than the project's last stage event
     * @param writeMs time spent writing the file (reading and checking it again included), 0 for a dry run
     */
    public record FileSummary(
            String file,
            long rows,
            long nodesCreated,
            long relationshipsCreated,
            long updated,
            long skipped,
            long writeMs) {}

    /** @param checkMs time of the first pass, which reads and checks every file */
    static ImportSummary of(String source, boolean dryRun, List<FileSummary> files, long checkMs) {
        long rows = files.stream().mapToLong(FileSummary::rows).sum();
        long created = files.stream()
                .mapToLong(f -> f.nodesCreated() + f.relationshipsCreated())
                .sum();
        long updated = files.stream().mapToLong(FileSummary::updated).sum();
        return new ImportSummary(source, dryRun, files, rows, created, updated, checkMs);
    }
}
