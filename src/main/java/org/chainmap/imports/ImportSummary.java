package org.chainmap.imports;

import java.util.List;

/**
 * What an import did, file by file. {@code created} counts new nodes and relationships, {@code updated} rows whose
 * existing node or tie changed; re-importing the same files gives zero for both.
 */
public record ImportSummary(String source, boolean dryRun, List<FileSummary> files, long rows, long created, long updated) {
    public ImportSummary {
        files = List.copyOf(files);
    }

    public record FileSummary(String file, long rows, long nodesCreated, long relationshipsCreated, long updated) {}

    static ImportSummary of(String source, boolean dryRun, List<FileSummary> files) {
        long rows = files.stream().mapToLong(FileSummary::rows).sum();
        long created = files.stream().mapToLong(f -> f.nodesCreated() + f.relationshipsCreated()).sum();
        long updated = files.stream().mapToLong(FileSummary::updated).sum();
        return new ImportSummary(source, dryRun, files, rows, created, updated);
    }
}
