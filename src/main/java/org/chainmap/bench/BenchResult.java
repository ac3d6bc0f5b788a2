package org.chainmap.bench;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What {@code chainmap bench} prints: one flat document whose keys are those of SPEC section 9. The import figures
 * are null when the analyses were timed on an existing store.
 *
 * @param importRowsPerSec rows of every file of the generated set, divided by the whole import's wall time
 * @param classifyMs one classification run over every enterprise of the generated set against the rules of every
 *     link (SPEC section 14), written to the store; timed after the analyses, so their figures are those of the
 *     files' memberships
 * @param classifyAssigned the memberships it inferred
 */
public record BenchResult(
        Integer generatedEnterprises,
        Long seed,
        Long importRows,
        Long importMs,
        Long importRowsPerSec,
        Long classifyMs,
        Long classifyAssigned,
        @JsonUnwrapped AnalysisFigures analysis,
        String javaVersion,
        int processors) {}
