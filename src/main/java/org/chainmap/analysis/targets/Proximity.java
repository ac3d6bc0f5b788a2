package org.chainmap.analysis.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.chainmap.analysis.projection.Connection;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.SupplyTie;
import org.chainmap.analysis.targets.Evidence.Basis;
import org.chainmap.analysis.targets.Evidence.Kind;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
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
 * the pairwise indices but costs O(degree) per enterprise instead of one index per local enterprise. Per vertex z
 * the count of local neighbours and the three strongest ties with local customers and suppliers are computed once
 * and cached, so the cost per enterprise is linear in its own degree (amortised).
 */
final class Proximity {
    static final int MAX_TIES_SHOWN = 5;
    static final int MAX_PATHS_SHOWN = 3;
    private static final int MAX_PARTNERS_NAMED = 3;
    private static final Comparator<SupplyTie> STRONGEST_FIRST =
            Comparator.comparingDouble(SupplyTie::strength).reversed()
                    .thenComparing(SupplyTie::supplier).thenComparing(SupplyTie::customer);

    enum Tier {
        DIRECT,
        TWO_HOP,
        INFERRED
    }

    /** @param adamicAdar the index toward local enterprises for {@code INFERRED}, else 0 */
    record Reach(Tier tier, double adamicAdar, List<Evidence> evidence) {}

    private final IndustryGraph graph;
    private final Graph<String, SupplyTie> ties;
    private final Graph<String, Connection> connections;
    private final Map<String, List<SupplyTie>> localCustomersOf = new HashMap<>();
    private final Map<String, List<SupplyTie>> localSuppliersOf = new HashMap<>();
    private final Map<String, Integer> localNeighbours = new HashMap<>();

    Proximity(IndustryGraph graph) {
        this.graph = graph;
        this.ties = graph.ties();
        this.connections = graph.connections();
    }

    Reach of(String uscc) {
        List<SupplyTie> direct = new ArrayList<>();
        for (SupplyTie t : ties.edgesOf(uscc)) {
            if (graph.isLocal(other(t, uscc))) {
                direct.add(t);
            }
        }
        if (!direct.isEmpty()) {
            direct.sort(STRONGEST_FIRST);
            return new Reach(Tier.DIRECT, 0, direct.stream().limit(MAX_TIES_SHOWN).map(t -> tie(t, uscc)).toList());
        }
        List<SupplyTie[]> paths = twoStepPaths(uscc);
        if (!paths.isEmpty()) {
            paths.sort(Comparator.<SupplyTie[]>comparingDouble(p -> -p[0].strength() * p[1].strength())
                    .thenComparing(p -> p[0].supplier() + p[1].supplier() + p[1].customer()));
            return new Reach(Tier.TWO_HOP, 0, paths.stream().limit(MAX_PATHS_SHOWN).map(this::path).toList());
        }
        return inferred(uscc);
    }

    /**
     * The strongest supply paths c → z → L and L → z → c with L local (z is not local, else c would have a direct
     * tie): for each of c's ties, the strongest three continuations, which hold the strongest three paths.
     */
    private List<SupplyTie[]> twoStepPaths(String uscc) {
        List<SupplyTie[]> paths = new ArrayList<>();
        for (SupplyTie first : ties.outgoingEdgesOf(uscc)) {
            for (SupplyTie second : strongest(localCustomersOf, first.customer(), true)) {
                paths.add(new SupplyTie[] {first, second});
            }
        }
        for (SupplyTie last : ties.incomingEdgesOf(uscc)) {
            for (SupplyTie first : strongest(localSuppliersOf, last.supplier(), false)) {
                paths.add(new SupplyTie[] {first, last});
            }
        }
        return paths;
    }

    private List<SupplyTie> strongest(Map<String, List<SupplyTie>> cache, String z, boolean toCustomers) {
        return cache.computeIfAbsent(z, v -> (toCustomers ? ties.outgoingEdgesOf(v) : ties.incomingEdgesOf(v))
                .stream()
                .filter(t -> graph.isLocal(toCustomers ? t.customer() : t.supplier()))
                .sorted(STRONGEST_FIRST)
                .limit(MAX_PATHS_SHOWN)
                .toList());
    }

    private Reach inferred(String uscc) {
        double index = 0;
        TreeSet<String> partners = new TreeSet<>();
        for (String z : Graphs.neighborListOf(connections, uscc)) {
            int locals = localNeighbours.computeIfAbsent(z, v ->
                    (int) Graphs.neighborListOf(connections, v).stream().filter(graph::isLocal).count());
            if (locals > 0) {
                // z has uscc and a local neighbour, so its degree is at least 2 and the logarithm positive
                index += locals / Math.log(connections.degreeOf(z));
                partners.add(z);
            }
        }
        if (partners.isEmpty()) {
            return new Reach(Tier.INFERRED, 0, List.of());
        }
        List<String> named = partners.stream().limit(MAX_PARTNERS_NAMED).map(this::name).toList();
        String more = partners.size() > MAX_PARTNERS_NAMED ? " and " + (partners.size() - MAX_PARTNERS_NAMED) + " more" : "";
        String fact = String.format(Locale.ROOT,
                "Adamic–Adar index %.3f toward local enterprises through %d partner(s) it shares with them: %s%s",
                index, partners.size(), String.join(", ", named), more);
        return new Reach(Tier.INFERRED, index,
                List.of(new Evidence(Kind.ADAMIC_ADAR, fact, "Adamic–Adar link prediction", Basis.INFERRED, null)));
    }

    private Evidence tie(SupplyTie t, String uscc) {
        String fact = t.supplier().equals(uscc)
                ? "supplies local " + name(t.customer())
                : "buys from local " + name(t.supplier());
        return new Evidence(Kind.TIE, fact + since(t), source(t), Basis.OBSERVED, t.confidence());
    }

    private Evidence path(SupplyTie[] p) {
        String fact = name(p[0].supplier()) + " → " + name(p[0].customer()) + " → " + name(p[1].customer());
        Double confidence = p[0].confidence() == null && p[1].confidence() == null
                ? null
                : p[0].strength() * p[1].strength();
        return new Evidence(Kind.TWO_HOP, fact, source(p[0]) + "; " + source(p[1]), Basis.OBSERVED, confidence);
    }

    private static String other(SupplyTie t, String uscc) {
        return t.supplier().equals(uscc) ? t.customer() : t.supplier();
    }

    private static String source(SupplyTie t) {
        return t.source() == null ? "unrecorded" : t.source();
    }

    private static String since(SupplyTie t) {
        return t.since() == null ? "" : " since " + t.since();
    }

    private String name(String uscc) {
        return graph.enterpriseOf(uscc).name() + " (" + uscc + ")";
    }
}
