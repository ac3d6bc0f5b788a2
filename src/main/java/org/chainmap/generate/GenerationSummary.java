package org.chainmap.generate;

import java.util.List;

/**
 * What a generation wrote: per file its rows (without the header) and bytes, the totals, the time taken and the
 * most heap in use meanwhile (MiB, as seen before each garbage collection); {@code sparse} for a data set without
 * revenue and with few supply ties; {@code labels} the labels file (its path, rows and bytes, apart from the totals),
 * null when none was asked for.
 */
public record GenerationSummary(
        int enterprises,
        long seed,
        boolean sparse,
        String out,
        List<FileRows> files,
        long rows,
        long bytes,
        double seconds,
        long peakHeapMb,
        FileRows labels) {
    public GenerationSummary {
        files = List.copyOf(files);
    }

    public record FileRows(String file, long rows, long bytes) {}

    /** The rows written to {@code csvName}, or 0. */
    public long rowsOf(String csvName) {
        return files.stream()
                .filter(f -> f.file().equals(csvName))
                .mapToLong(FileRows::rows)
                .sum();
    }
}
