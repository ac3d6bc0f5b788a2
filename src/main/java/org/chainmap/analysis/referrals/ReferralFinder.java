package org.chainmap.analysis.referrals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.chainmap.analysis.gaps.AllGaps;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.TieGraph;
import org.chainmap.domain.EnterpriseRef;

/**
 * Enterprise referral (以企招企, SPEC section 4), on the ties taken without direction.
 *
 * <p>{@link #referrals}: for a local enterprise L, the non-local enterprises within two hops of L (through any
 * enterprise) that work in a gap link of any chain, scored gapScore of their best gap link × the strength of their
 * strongest path from L (product of confidences / hops). Cost: the ties of L's partners, O(Σ degree of L's
 * neighbours).
 *
 * <p>{@link #referrers}: for a target T, the local enterprises within {@code referrer-max-hops} (default and at
 * most 3) of T, scored by the summed strength of their k (default 3) best paths to T, fewest hops first, then
 * strongest (the k shortest simple paths by hop count, ties broken by strength). One layered search from T finds
 * them all: see {@link ReferrerSearch} for why and for its cost.
 */
public final class ReferralFinder {
    private final IndustryGraph graph;
    private final GapIndex gaps;
    private final ReferralLimits config;

    /** @param gaps the gap analysis of every chain of {@code graph} */
    public ReferralFinder(IndustryGraph graph, AllGaps gaps, ReferralLimits config) {
        this.graph = graph;
        this.gaps = new GapIndex(graph, gaps);
        this.config = config;
    }

    /** Whom the enterprise (meant to be local) could bring in; {@link IllegalArgumentException} when unknown. */
    public ReferralReport referrals(String uscc) {
        known(uscc);
        TieGraph g = graph.tieGraph();
        int l = graph.indexOf(uscc);
        Map<String, Candidate> best = new HashMap<>();
        for (int i = 0; i < g.partnerCount(l); i++) {
            int z = g.partner(l, i);
            double first = g.partnerStrength(l, i);
            consider(best, z, () -> List.of(uscc, usccAt(z)), first);
            for (int j = 0; j < g.partnerCount(z); j++) {
                int w = g.partner(z, j);
                if (w != l) {
                    consider(best, w, () -> List.of(uscc, usccAt(z), usccAt(w)), first * g.partnerStrength(z, j) / 2);
                }
            }
        }
        List<Referral> rows = new ArrayList<>();
        for (Candidate c : best.values()) {
            LinkGap link = gaps.best(c.uscc()).orElseThrow();
            rows.add(new Referral(
                    c.uscc(),
                    graph.enterpriseOf(c.uscc()).name(),
                    link.linkId(),
                    link.name(),
                    link.nameEn(),
                    link.action(),
                    link.gapScore() * c.strength(),
                    path(c.path(), c.strength())));
        }
        rows.sort(Comparator.comparingDouble(Referral::score).reversed().thenComparing(Referral::uscc));
        return new ReferralReport(EnterpriseSummary.of(graph, uscc), rows);
    }

    /** The local enterprises best placed to introduce the target; {@link IllegalArgumentException} when unknown. */
    public ReferrerReport referrers(String uscc) {
        known(uscc);
        var search = new ReferrerSearch(graph, config.referrerPaths(), config.referrerMaxHops());
        return new ReferrerReport(EnterpriseSummary.of(graph, uscc), search.of(uscc));
    }

    /** Keeps the better path to enterprise {@code v} when it is a non-local enterprise in a gap link. */
    private void consider(Map<String, Candidate> best, int v, Supplier<List<String>> path, double strength) {
        if (graph.isLocal(v)) {
            return;
        }
        String uscc = usccAt(v);
        if (gaps.best(uscc).isEmpty()) {
            return;
        }
        Candidate c = new Candidate(uscc, path.get(), strength);
        best.merge(uscc, c, (a, b) -> b.betterThan(a) ? b : a);
    }

    private String usccAt(int v) {
        return graph.enterpriseAt(v).uscc();
    }

    private ReferralPath path(List<String> usccs, double strength) {
        return new ReferralPath(
                usccs.stream()
                        .map(u -> new EnterpriseRef(u, graph.enterpriseOf(u).name()))
                        .toList(),
                usccs.size() - 1,
                strength);
    }

    private void known(String uscc) {
        if (graph.enterprise(uscc).isEmpty()) {
            throw new IllegalArgumentException("unknown enterprise '" + uscc + "'");
        }
    }

    private record Candidate(String uscc, List<String> path, double strength) {
        /** Stronger; on a tie fewer hops; then the path whose codes come first, so the answer is deterministic. */
        boolean betterThan(Candidate other) {
            if (strength != other.strength) {
                return strength > other.strength;
            }
            if (path.size() != other.path.size()) {
                return path.size() < other.path.size();
            }
            return String.join(",", path).compareTo(String.join(",", other.path)) < 0;
        }
    }
}
