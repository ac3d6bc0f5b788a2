package org.chainmap.bench;

/**
 * What {@code chainmap bench} prints. The import figures are null when the analyses were timed on an existing store.
 *
 * @param importRowsPerSec rows of every file of the generated set, divided by the whole import's wall time
 */
public record BenchResult(
        Integer generatedEnterprises,
        Long seed,
        Long importRows,
        Long importMs,
        Long importRowsPerSec,
        AnalysisFigures analysis,
        String javaVersion,
        int processors) {}
