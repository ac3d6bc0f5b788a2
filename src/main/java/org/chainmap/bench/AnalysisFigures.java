package org.chainmap.bench;

/**
 * The analysis figures of SPEC section 9 for one store, in milliseconds.
 *
 * @param gapsAllChainsMs cold: projection read from the store plus the gap analysis of every chain
 * @param gapsAllChainsWarmMs median of five runs on the cached projection
 * @param targetsAllChainsMs target ranking of every chain (all rows), on the cached projection
 * @param referralsPerLeaderMs mean time of the referrals of one chain leader, on the cached projection
 * @param cypherBaselineGapsMs the same gap analysis as plain Cypher ({@link CypherBaseline}), first run
 * @param cypherBaselineGapsWarmMs the same, median of five further runs
 * @param baselineMatches whether the baseline's rows equal chainmap's
 * @param baselineDifference the first difference when they do not, else {@code null}
 * @param coldSpeedup {@code cypherBaselineGapsMs / gapsAllChainsMs}
 * @param warmSpeedup {@code cypherBaselineGapsWarmMs / gapsAllChainsWarmMs}
 * @param peakHeapMb most heap in use during the measurement
 */
public record AnalysisFigures(
        long enterprises,
        long supplies,
        int chains,
        int leaders,
        long projectionMs,
        long gapsAllChainsMs,
        double gapsAllChainsWarmMs,
        long targetsAllChainsMs,
        double referralsPerLeaderMs,
        long cypherBaselineGapsMs,
        double cypherBaselineGapsWarmMs,
        boolean baselineMatches,
        String baselineDifference,
        double coldSpeedup,
        double warmSpeedup,
        long peakHeapMb,
        long maxHeapMb,
        long pageCacheMb) {}
