package org.chainmap.bench;

/**
 * The analysis figures of SPEC section 9 for one store, in milliseconds.
 *
 * @param projectionMs the full projection (targets, referrals, resilience) read from the store
 * @param gapsAllChainsMs cold: the gap projection read from the store plus the gap analysis of every chain, median
 *     of three runs each with an empty cache (Neo4j has planned the queries)
 * @param gapsAllChainsFirstMs the same on the first run in the process, the queries planned as part of it
 * @param gapsAllChainsWarmMs median of five runs on the cached projection
 * @param targetsAllChainsMs the first {@value org.chainmap.analysis.targets.Page#MAX_ANSWER_LIMIT} targets of every
 *     chain (the largest page of the API), on the cached projection, the ranking of the projection (every
 *     enterprise's proximity) made as part of it
 * @param targetsAllChainsWarmMs the same once the ranking is made, median of five runs
 * @param targetsExportWarmMs the first {@value org.chainmap.analysis.targets.Page#MAX_LIMIT} targets of every chain
 *     (the largest export of the command line), median of five runs once the ranking is made
 * @param gapsAndTargetsColdMs gaps cold, the full projection and the targets of every chain: the whole cold path
 * @param gapsAndTargetsWarmMs gaps warm and targets warm: the whole path on the cached projections
 * @param referralsPerLeaderMs mean time of the referrals of one chain leader, on the cached projection
 * @param cypherBaselineGapsMs the same gap analysis as plain Cypher ({@link CypherBaseline}): median of five runs
 *     after a first one, its query planned and cached as in steady use
 * @param cypherBaselineGapsFirstMs the baseline's first run, planning included
 * @param baselineMatches whether the baseline's rows equal chainmap's
 * @param baselineDifference the first difference when they do not, else {@code null}
 * @param coldSpeedup {@code cypherBaselineGapsMs / gapsAllChainsMs}
 * @param warmSpeedup {@code cypherBaselineGapsMs / gapsAllChainsWarmMs}
 * @param firstRunSpeedup {@code cypherBaselineGapsFirstMs / gapsAllChainsFirstMs}: both with their queries planned
 * @param peakHeapMb most heap in use during the measurement
 * @param linkRegionsMs the non-local memberships counted by link and region in Neo4j ({@code analysis/link-regions},
 *     part of every read of the gap projection), median of three
 * @param feasibilityMs the feasibility of every link computed from those counts (once per projection), median of five
 * @param simulated the enterprise and park of the timed simulation: the top target of the gap link of highest score
 *     among the FILL links, in the first park focusing on its chain; null when the graph has no such link
 * @param simulateFirstMs that simulation the first time, on the cached full projection
 * @param simulateWarmMs the same, median of five
 */
public record AnalysisFigures(
        long enterprises,
        long supplies,
        int chains,
        int leaders,
        long projectionMs,
        double gapsAllChainsMs,
        long gapsAllChainsFirstMs,
        double gapsAllChainsWarmMs,
        long targetsAllChainsMs,
        double targetsAllChainsWarmMs,
        double targetsExportWarmMs,
        double gapsAndTargetsColdMs,
        double gapsAndTargetsWarmMs,
        double referralsPerLeaderMs,
        double cypherBaselineGapsMs,
        long cypherBaselineGapsFirstMs,
        boolean baselineMatches,
        String baselineDifference,
        double coldSpeedup,
        double warmSpeedup,
        double firstRunSpeedup,
        long peakHeapMb,
        long maxHeapMb,
        long pageCacheMb,
        double linkRegionsMs,
        double feasibilityMs,
        String simulated,
        long simulateFirstMs,
        double simulateWarmMs) {}
