package org.chainmap.bench;

import java.util.List;
import java.util.Map;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/**
 * The gap analysis of every chain written as plain Cypher ({@code cypher/queries/bench/gap-links.cypher}, one query
 * per chain): what a Neo4j user would write without chainmap, and the yardstick of SPEC section 9. It answers the
 * same rows as {@link org.chainmap.analysis.gaps.GapAnalysis}; {@link #differenceFrom} says where they part.
 */
public final class CypherBaseline {
    /** Numbers of the two answers may differ by this much (sums taken in another order). */
    static final double TOLERANCE = 1e-9;

    static final Query<Row> GAP_LINKS = Query.of("bench/gap-links", Row.class);

    private final Store store;
    private final AnalysisConfig config;

    public CypherBaseline(Store store, AnalysisConfig config) {
        this.store = store;
        this.config = config;
    }

    /** The gap rows of one chain, sorted by gapScore descending, then link id. */
    public List<Row> gaps(String chainId) {
        Map<String, Object> params = Map.of(
                "chainId", chainId,
                "keyLinkFactor", config.gaps().keyLinkFactor(),
                "strengthenDependency", config.gaps().strengthenDependency());
        return store.read(GAP_LINKS, params);
    }

    /** The gap rows of every chain of {@code chainIds}, in that order. */
    public List<List<Row>> gapsAll(List<String> chainIds) {
        return chainIds.stream().map(this::gaps).toList();
    }

    /**
     * The first difference between the baseline's rows and chainmap's, in words, or {@code null} when they are
     * equal: the same links in the same order with the same status, action and counts, and numbers within
     * {@value #TOLERANCE}.
     */
    public static String differenceFrom(List<GapReport> chainmap, List<List<Row>> baseline) {
        if (chainmap.size() != baseline.size()) {
            return "chainmap has " + chainmap.size() + " chains, the baseline " + baseline.size();
        }
        for (int c = 0; c < chainmap.size(); c++) {
            GapReport report = chainmap.get(c);
            List<LinkGap> ours = report.links();
            List<Row> theirs = baseline.get(c);
            if (ours.size() != theirs.size()) {
                return report.chain().id() + ": chainmap has " + ours.size() + " links, the baseline " + theirs.size();
            }
            for (int i = 0; i < ours.size(); i++) {
                if (!theirs.get(i).matches(ours.get(i))) {
                    return report.chain().id() + " row " + i + ": chainmap " + ours.get(i) + ", baseline "
                            + theirs.get(i);
                }
            }
        }
        return null;
    }

    /** One row of the baseline, with the status as the query spells it. */
    public record Row(
            String linkId,
            String status,
            String action,
            int coverage,
            int aboveScale,
            double dependency,
            double criticality,
            double gapScore) {
        boolean matches(LinkGap g) {
            return linkId.equals(g.linkId())
                    && status.equals(g.status().name())
                    && java.util.Objects.equals(action, g.action())
                    && coverage == g.coverage()
                    && aboveScale == g.aboveScale()
                    && close(dependency, g.dependency())
                    && close(criticality, g.criticality())
                    && close(gapScore, g.gapScore());
        }

        private static boolean close(double a, double b) {
            return Math.abs(a - b) <= TOLERANCE;
        }
    }
}
