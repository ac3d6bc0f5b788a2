package org.chainmap.bench;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What {@code chainmap bench} prints: one flat document whose keys are those of SPEC sections 9 and 15. The import
 * figures are null when the analyses were timed on an existing store.
 *
 * @param importRowsPerSec rows of every file of the generated set, divided by the wall time of their import through
 *     transactions into an empty store (timed last, in a process that has run everything else)
 * @param initialImportMs wall time of the first load of the same files into an empty store ({@code import
 *     --initial}, timed first): the checks, Neo4j's offline importer, the store's start with its indexes, the files
 *     written through transactions after it
 * @param initialImportRowsPerSec the same rows divided by that time
 * @param classifyMs one classification run over every enterprise of the generated set against the rules of every
 *     link (SPEC section 14), written to the store; timed after the analyses, so their figures are those of the
 *     files' memberships
 * @param classifyAssigned the memberships it inferred
 * @param starts how long new processes and changed graphs take to answer
 */
public record BenchResult(
        Integer generatedEnterprises,
        Long seed,
        Long importRows,
        Long importMs,
        Long importRowsPerSec,
        Long initialImportMs,
        Long initialImportRowsPerSec,
        Long classifyMs,
        Long classifyAssigned,
        @JsonUnwrapped AnalysisFigures analysis,
        String javaVersion,
        int processors,
        @JsonUnwrapped Starts starts) {

    /**
     * The figures of SPEC section 15 that {@code bench} measures, each null when not measured.
     *
     * @param cliReportMs wall time of {@code chainmap report} in a new process on the demo ({@link CommandStart})
     * @param cliLaunchedWith what started that process: the launcher script or a java binary
     * @param afterSmallImportMs on a generated store, from an import of 100 changed ties into a warm process until
     *     the gaps and targets of every chain answer again ({@link SmallImport})
     * @param coldAfterRestartMs on a generated store, from when a new {@code serve} has the store open until the gaps
     *     and targets of every chain answer ({@link ColdRestart})
     * @param restartFromSpawnMs the same from the start of the new process: the JVM's and Neo4j's start besides
     */
    public record Starts(
            Long cliReportMs,
            String cliLaunchedWith,
            Long afterSmallImportMs,
            Long coldAfterRestartMs,
            Long restartFromSpawnMs) {
        public static final Starts NONE = new Starts(null, null, null, null, null);

        public Starts with(CommandStart.Figure cli) {
            return new Starts(
                    cli.cliReportMs(), cli.launchedWith(), afterSmallImportMs, coldAfterRestartMs, restartFromSpawnMs);
        }
    }

    public BenchResult with(CommandStart.Figure cli) {
        return new BenchResult(
                generatedEnterprises,
                seed,
                importRows,
                importMs,
                importRowsPerSec,
                initialImportMs,
                initialImportRowsPerSec,
                classifyMs,
                classifyAssigned,
                analysis,
                javaVersion,
                processors,
                starts.with(cli));
    }
}
