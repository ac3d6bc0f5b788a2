package org.chainmap.analysis.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.SupplyTie;
import org.chainmap.analysis.projection.TieGraph;
import org.chainmap.analysis.targets.Evidence.Direction;
import org.chainmap.domain.EnterpriseRef;
import org.jgrapht.alg.linkprediction.AdamicAdarIndexLinkPrediction;

/**
 * How close an enterprise already is to the district's enterprises, in tiers (SPEC section 4):
 * <ol>
 *   <li>{@code DIRECT}: a supply tie, in either direction, with a local enterprise;
 *   <li>{@code TWO_HOP}: a two-step supply path through any enterprise z, following the ties' direction
 *       (it supplies z which supplies a local enterprise, or a local enterprise supplies z which supplies it);
 *   <li>{@code INFERRED}: otherwise, the Adamic–Adar index toward local enterprises: the sum over local
 *       enterprises L of the index between it and L on the undirected tie graph, as JGraphT's
 *       {@link AdamicAdarIndexLinkPrediction} computes it. With no tie and no two-step path to a local enterprise,
 *       the common neighbours are shared customers or shared suppliers, so the index measures how much the
 *       enterprise trades with the same partners as local enterprises do.
 * </ol>
 * Two-step paths follow direction because undirected ones are exactly the common neighbours the index counts:
 * the third tier would always be 0.
 *
 * <p>The sum is computed as Σ over neighbours z of (local neighbours of z) / ln deg(z), which equals the sum of
 * the pairwise indices but costs O(degree) per enterprise instead of one index per local enterprise. The tier and
 * the index of every enterprise are computed once, when the proximity of a projection is made, in time linear in the
 * ties (on the arrays of the projection's {@link TieGraph}, the enterprises in parallel); the evidence, the ties and
 * paths shown, only for the enterprises asked about with {@link #of}.
 */
final class Proximity {
    static final int MAX_TIES_SHOWN = 5;
    static final int MAX_PATHS_SHOWN = 3;
    private static final int MAX_PARTNERS_NAMED = 3;
    private static final Comparator<SupplyTie> STRONGEST_FIRST = Comparator.comparingDouble(SupplyTie::strength)
            .reversed()
            .thenComparing(SupplyTie::supplier)
            .thenComparing(SupplyTie::customer);
    private static final Tier[] TIERS = Tier.values();

    enum Tier {
        DIRECT,
        TWO_HOP,
        INFERRED
    }

    /** @param adamicAdar the index toward local enterprises for {@code INFERRED}, else 0 */
    record Reach(Tier tier, double adamicAdar, List<Evidence> evidence) {}

    private final IndustryGraph graph;
    private final TieGraph ties;
    /** Per enterprise: how many of its partners are local. */
    private final int[] localPartners;
    /** Per enterprise: its strongest ties to local customers, and from local suppliers. */
    private final StrongestLocal toLocal;

    private final StrongestLocal fromLocal;
    private final byte[] tier;
    private final double[] adamicAdar;

    Proximity(IndustryGraph graph) {
        this.graph = graph;
        this.ties = graph.tieGraph();
        int n = ties.vertices();
        localPartners = new int[n];
        tier = new byte[n];
        adamicAdar = new double[n];
        IntStream.range(0, n).parallel().forEach(v -> {
            for (int i = 0; i < ties.partnerCount(v); i++) {
                localPartners[v] += graph.isLocal(ties.partner(v, i)) ? 1 : 0;
            }
        });
        toLocal = new StrongestLocal(graph, true);
        fromLocal = new StrongestLocal(graph, false);
        IntStream.range(0, n).parallel().forEach(this::classify);
    }

    private void classify(int v) {
        if (localPartners[v] > 0) {
            tier[v] = (byte) Tier.DIRECT.ordinal();
            return;
        }
        for (int i = 0; i < ties.outDegree(v); i++) {
            if (toLocal.count(ties.customer(ties.outTie(v, i))) > 0) {
                tier[v] = (byte) Tier.TWO_HOP.ordinal();
                return;
            }
        }
        for (int i = 0; i < ties.inDegree(v); i++) {
            if (fromLocal.count(ties.supplier(ties.inTie(v, i))) > 0) {
                tier[v] = (byte) Tier.TWO_HOP.ordinal();
                return;
            }
        }
        tier[v] = (byte) Tier.INFERRED.ordinal();
        double index = 0;
        for (int i = 0; i < ties.partnerCount(v); i++) {
            int z = ties.partner(v, i);
            if (localPartners[z] > 0) {
                // z has v and a local partner, so its degree is at least 2 and the logarithm positive
                index += localPartners[z] / Math.log(ties.partnerCount(z));
            }
        }
        adamicAdar[v] = index;
    }

    /** The tier of the enterprise numbered {@code v}. */
    Tier tier(int v) {
        return TIERS[tier[v]];
    }

    /** The index toward local enterprises of the enterprise numbered {@code v} for {@code INFERRED}, else 0. */
    double adamicAdar(int v) {
        return adamicAdar[v];
    }

    /** The tier, index and evidence of an enterprise of the projection. */
    Reach of(String uscc) {
        return of(graph.indexOf(uscc));
    }

    /** The tier, index and evidence of the enterprise numbered {@code v}. */
    Reach of(int v) {
        return switch (tier(v)) {
            case DIRECT -> new Reach(Tier.DIRECT, 0, direct(v));
            case TWO_HOP -> new Reach(Tier.TWO_HOP, 0, twoStepPaths(v));
            case INFERRED -> new Reach(Tier.INFERRED, adamicAdar[v], inferred(v));
        };
    }

    /** The strongest ties, in either direction, with local enterprises. */
    private List<Evidence> direct(int v) {
        List<SupplyTie> direct = new ArrayList<>();
        for (int i = 0; i < toLocal.count(v); i++) {
            direct.add(graph.tie(toLocal.tie(v, i)));
        }
        for (int i = 0; i < fromLocal.count(v); i++) {
            direct.add(graph.tie(fromLocal.tie(v, i)));
        }
        direct.sort(STRONGEST_FIRST);
        String uscc = graph.enterpriseAt(v).uscc();
        return direct.stream().limit(MAX_TIES_SHOWN).map(t -> tie(t, uscc)).toList();
    }

    /**
     * The strongest supply paths c → z → L and L → z → c with L local (z is not local, else c would have a direct
     * tie): for each of c's ties, z's strongest three ties with local enterprises, which hold the strongest three
     * paths.
     */
    private List<Evidence> twoStepPaths(int v) {
        List<int[]> paths = new ArrayList<>();
        for (int i = 0; i < ties.outDegree(v); i++) {
            int first = ties.outTie(v, i);
            int z = ties.customer(first);
            for (int j = 0; j < Math.min(MAX_PATHS_SHOWN, toLocal.count(z)); j++) {
                paths.add(new int[] {first, toLocal.tie(z, j)});
            }
        }
        for (int i = 0; i < ties.inDegree(v); i++) {
            int last = ties.inTie(v, i);
            int z = ties.supplier(last);
            for (int j = 0; j < Math.min(MAX_PATHS_SHOWN, fromLocal.count(z)); j++) {
                paths.add(new int[] {fromLocal.tie(z, j), last});
            }
        }
        // strongest first, then by the credit codes of the path's enterprises
        paths.sort(Comparator.<int[]>comparingDouble(p -> -ties.strength(p[0]) * ties.strength(p[1]))
                .thenComparing(p -> uscc(ties.supplier(p[0])))
                .thenComparing(p -> uscc(ties.supplier(p[1])))
                .thenComparing(p -> uscc(ties.customer(p[1]))));
        return paths.stream()
                .limit(MAX_PATHS_SHOWN)
                .map(p -> path(new SupplyTie[] {graph.tie(p[0]), graph.tie(p[1])}))
                .toList();
    }

    private String uscc(int v) {
        return graph.enterpriseAt(v).uscc();
    }

    private List<Evidence> inferred(int v) {
        // the shared partners' count, and the first few of them by credit code
        int shared = 0;
        List<String> first = new ArrayList<>(MAX_PARTNERS_NAMED + 1);
        for (int i = 0; i < ties.partnerCount(v); i++) {
            int z = ties.partner(v, i);
            if (localPartners[z] == 0) {
                continue;
            }
            shared++;
            String code = uscc(z);
            int at = first.size();
            while (at > 0 && code.compareTo(first.get(at - 1)) < 0) {
                at--;
            }
            if (at < MAX_PARTNERS_NAMED) {
                first.add(at, code);
                if (first.size() > MAX_PARTNERS_NAMED) {
                    first.removeLast();
                }
            }
        }
        if (shared == 0) {
            return List.of();
        }
        return List.of(Evidence.adamicAdar(
                adamicAdar[v], shared, first.stream().map(this::ref).toList()));
    }

    private Evidence tie(SupplyTie t, String uscc) {
        boolean supplies = t.supplier().equals(uscc);
        return Evidence.tie(
                supplies ? Direction.SUPPLIES : Direction.BUYS_FROM,
                ref(supplies ? t.customer() : t.supplier()),
                t.since(),
                source(t),
                t.confidence());
    }

    private Evidence path(SupplyTie[] p) {
        Double confidence =
                p[0].confidence() == null && p[1].confidence() == null ? null : p[0].strength() * p[1].strength();
        return Evidence.twoHop(
                List.of(ref(p[0].supplier()), ref(p[0].customer()), ref(p[1].customer())),
                source(p[0]) + "; " + source(p[1]),
                confidence);
    }

    private static String source(SupplyTie t) {
        return t.source() == null ? Evidence.UNRECORDED : t.source();
    }

    private EnterpriseRef ref(String uscc) {
        return new EnterpriseRef(uscc, graph.enterpriseOf(uscc).name());
    }
}
