package org.chainmap.imports;

import java.util.List;

/**
 * What an import did, file by file. {@code created} counts new nodes and relationships, {@code updated} rows whose
 * existing node or tie changed; re-importing the same files gives zero for both. {@code skipped} counts the rows left
 * alone on purpose and {@code warnings} the cells read as unknown because nothing in them could be read, over all
 * files; each file says which and why.
 */
public record ImportSummary(
        String source,
        boolean dryRun,
        List<FileSummary> files,
        long rows,
        long created,
        long updated,
        long skipped,
        long warnings,
        long checkMs) {
    public ImportSummary {
        files = List.copyOf(files);
    }

    /**
     * @param skipped rows left alone on purpose: enterprises whose registration ended (登记状态 注销, 吊销, 撤销,
     *     迁出), project rows older than the project's last stage event
     * @param skippedBecause how many rows were skipped for each reason
     * @param warnings cells taken as unknown because nothing could be read in them (an industry code that is not
     *     one, an empty business scope, products with a separator that is not one); the rows are imported
     * @param firstWarnings the first of them ({@value Warnings#SHOWN} at most), each with its line and column
     * @param writeMs time spent writing the file (reading and checking it again included), 0 for a dry run
     */
    public record FileSummary(
            String file,
            long rows,
            long nodesCreated,
            long relationshipsCreated,
            long updated,
            long skipped,
            List<Skipped> skippedBecause,
            long warnings,
            List<Problem> firstWarnings,
            long writeMs) {
        public FileSummary {
            skippedBecause = List.copyOf(skippedBecause);
            firstWarnings = List.copyOf(firstWarnings);
        }

        /** A file's summary with nothing skipped and no warnings. */
        public FileSummary(
                String file, long rows, long nodesCreated, long relationshipsCreated, long updated, long writeMs) {
            this(file, rows, nodesCreated, relationshipsCreated, updated, 0, List.of(), 0, List.of(), writeMs);
        }
    }

    /** Rows of a file skipped for one reason ({@code status 注销}, {@code older than the project's last event}). */
    public record Skipped(String reason, long rows) {}

    /** @param checkMs time of the first pass, which reads and checks every file */
    static ImportSummary of(String source, boolean dryRun, List<FileSummary> files, long checkMs) {
        long rows = files.stream().mapToLong(FileSummary::rows).sum();
        long created = files.stream()
                .mapToLong(f -> f.nodesCreated() + f.relationshipsCreated())
                .sum();
        long updated = files.stream().mapToLong(FileSummary::updated).sum();
        long skipped = files.stream().mapToLong(FileSummary::skipped).sum();
        long warnings = files.stream().mapToLong(FileSummary::warnings).sum();
        return new ImportSummary(source, dryRun, files, rows, created, updated, skipped, warnings, checkMs);
    }
}
