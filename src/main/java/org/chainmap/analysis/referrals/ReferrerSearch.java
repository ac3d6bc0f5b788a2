package org.chainmap.analysis.referrals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.TieGraph;
import org.chainmap.domain.EnterpriseRef;

/**
 * Finds the local referrers of a target T, each with its k best simple paths of at most {@code maxHops} (1 to 3)
 * ties, fewest hops first, then highest product of confidences: the paths JGraphT's Yen k-shortest paths returns
 * with hop count as the weight and the product as the tie-break (the unit tests check the two agree).
 *
 * <p>One layered search from T instead of one k-shortest-paths run per referrer: layer h holds, for every vertex,
 * its k + 1 strongest simple paths of exactly h ties from T, each extended by the vertex's ties into layer h + 1.
 * It is exact up to three ties: a path of two ties T–x–u can only be spoiled by a next step back to x, so one
 * spare path per vertex suffices. On small-world graphs the 3-hop ball around T covers much of the graph, so this
 * matters: the cost is O((k + 1) · maxHops · edges of the ball), against a k-shortest-paths run per local
 * enterprise in the ball.
 */
final class ReferrerSearch {
    /** Longest path the search is exact for. */
    static final int MAX_HOPS = 3;

    private static final Comparator<Label> STRONGEST_FIRST =
            Comparator.comparingDouble(Label::product).reversed().thenComparing(Label::key);

    private final IndustryGraph graph;
    private final int k;
    private final int maxHops;

    ReferrerSearch(IndustryGraph graph, int k, int maxHops) {
        if (k < 1 || maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException(
                    "need k ≥ 1 and 1 ≤ maxHops ≤ " + MAX_HOPS + ", got k = " + k + ", maxHops = " + maxHops);
        }
        this.graph = graph;
        this.k = k;
        this.maxHops = maxHops;
    }

    List<Referrer> of(String target) {
        TieGraph g = graph.tieGraph();
        Map<String, List<Label>> layer = Map.of(target, List.of(new Label(new String[] {target}, 1.0)));
        Map<String, List<ReferralPath>> paths = new HashMap<>();
        for (int hops = 1; hops <= maxHops && !layer.isEmpty(); hops++) {
            boolean last = hops == maxHops;
            Map<String, List<Label>> next = new HashMap<>();
            for (var entry : layer.entrySet()) {
                int u = graph.indexOf(entry.getKey());
                for (int i = 0; i < g.partnerCount(u); i++) {
                    int w = g.partner(u, i);
                    if (last && !graph.isLocal(w)) {
                        continue;
                    }
                    String v = graph.enterpriseAt(w).uscc();
                    for (Label p : entry.getValue()) {
                        if (!p.contains(v)) {
                            offer(
                                    next.computeIfAbsent(v, x -> new ArrayList<>(k + 2)),
                                    p.then(v, g.partnerStrength(u, i)));
                        }
                    }
                }
            }
            for (var entry : next.entrySet()) {
                List<ReferralPath> found = paths.get(entry.getKey());
                if (graph.isLocal(entry.getKey()) && (found == null || found.size() < k)) {
                    List<ReferralPath> kept = paths.computeIfAbsent(entry.getKey(), x -> new ArrayList<>(k));
                    for (Label p : entry.getValue()) {
                        if (kept.size() < k) {
                            kept.add(path(p, hops));
                        }
                    }
                }
            }
            layer = next;
        }
        List<Referrer> referrers = new ArrayList<>();
        paths.forEach((uscc, found) -> referrers.add(new Referrer(
                uscc,
                graph.enterpriseOf(uscc).name(),
                graph.isLeader(uscc),
                found.stream().mapToDouble(ReferralPath::strength).sum(),
                found)));
        referrers.sort(Comparator.comparingDouble(Referrer::score).reversed().thenComparing(Referrer::uscc));
        return referrers;
    }

    /** Keeps the k + 1 strongest labels, strongest first. */
    private void offer(List<Label> kept, Label candidate) {
        if (kept.size() > k && STRONGEST_FIRST.compare(candidate, kept.getLast()) >= 0) {
            return;
        }
        int at = 0;
        while (at < kept.size() && STRONGEST_FIRST.compare(kept.get(at), candidate) <= 0) {
            at++;
        }
        kept.add(at, candidate);
        if (kept.size() > k + 1) {
            kept.removeLast();
        }
    }

    /** The path from the referrer to the target: the label read backwards. */
    private ReferralPath path(Label label, int hops) {
        List<EnterpriseRef> enterprises = new ArrayList<>(label.vertices().length);
        for (int i = label.vertices().length - 1; i >= 0; i--) {
            String uscc = label.vertices()[i];
            enterprises.add(new EnterpriseRef(uscc, graph.enterpriseOf(uscc).name()));
        }
        return new ReferralPath(enterprises, hops, label.product() / hops);
    }

    /** A simple path from the target, with the product of its connections' strengths. */
    private record Label(String[] vertices, double product) {
        boolean contains(String v) {
            for (String u : vertices) {
                if (u.equals(v)) {
                    return true;
                }
            }
            return false;
        }

        Label then(String v, double strength) {
            String[] longer = Arrays.copyOf(vertices, vertices.length + 1);
            longer[vertices.length] = v;
            return new Label(longer, product * strength);
        }

        /** Orders equally strong paths by their vertices, so answers do not depend on iteration order. */
        String key() {
            return String.join(",", vertices);
        }
    }
}
