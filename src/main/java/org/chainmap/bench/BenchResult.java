package org.chainmap.bench;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What {@code chainmap bench} prints: one flat document whose keys are those of SPEC section 9. The import figures
 * are null when the analyses were timed on an existing store.
 *
 * @param importRowsPerSec rows of every file of the generated set, divided by the whole import's wall time
 */
public record BenchResult(
        Integer generatedEnterprises,
        Long seed,
        Long importRows,
        Long importMs,
        Long importRowsPerSec,
        @JsonUnwrapped AnalysisFigures analysis,
        String javaVersion,
        int processors) {}
