package org.chainmap.analysis.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
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
 *   <li>{@code INFERRED}: otherwise, the sum over local enterprises L of the Adamic–Adar index between it and L on
 *       the undirected tie graph (JGraphT {@link AdamicAdarIndexLinkPrediction}). With no tie and no two-step path
 *       to a local enterprise, the common neighbours are shared customers or shared suppliers, so the index
 *       measures how much the enterprise trades with the same partners as local enterprises do.
 * </ol>
 * Two-step paths follow direction because undirected ones are exactly the common neighbours the index counts:
 * the third tier would always be 0.
 *
 * <p>Cost per enterprise: its ties, their other ends' ties, and for the third tier one index per local enterprise
 * sharing a neighbour, each linear in the two degrees.
 */
final class Proximity {
    static final int MAX_TIES_SHOWN = 5;
    static final int MAX_PATHS_SHOWN = 3;

    enum Tier {
        DIRECT,
        TWO_HOP,
        INFERRED
    }

    /** @param adamicAdar the raw index toward local enterprises for {@code INFERRED}, else 0 */
    record Reach(Tier tier, double adamicAdar, List<Evidence> evidence) {}

    private final IndustryGraph graph;
    private final Graph<String, SupplyTie> ties;
    private final AdamicAdarIndexLinkPrediction<String, Connection> adamicAdar;

    Proximity(IndustryGraph graph) {
        this.graph = graph;
        this.ties = graph.ties();
        this.adamicAdar = new AdamicAdarIndexLinkPrediction<>(graph.connections());
    }

    Reach of(String uscc) {
        List<SupplyTie> direct = new ArrayList<>();
        for (SupplyTie t : ties.edgesOf(uscc)) {
            if (graph.isLocal(other(t, uscc))) {
                direct.add(t);
            }
        }
        if (!direct.isEmpty()) {
            direct.sort(Comparator.comparingDouble(SupplyTie::strength).reversed()
                    .thenComparing(t -> other(t, uscc)));
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

    /** Supply paths c → z → L and L → z → c with L local (z not local, else c would have a direct tie). */
    private List<SupplyTie[]> twoStepPaths(String uscc) {
        List<SupplyTie[]> paths = new ArrayList<>();
        for (SupplyTie first : ties.outgoingEdgesOf(uscc)) {
            for (SupplyTie second : ties.outgoingEdgesOf(first.customer())) {
                if (graph.isLocal(second.customer())) {
                    paths.add(new SupplyTie[] {first, second});
                }
            }
        }
        for (SupplyTie last : ties.incomingEdgesOf(uscc)) {
            for (SupplyTie first : ties.incomingEdgesOf(last.supplier())) {
                if (graph.isLocal(first.supplier())) {
                    paths.add(new SupplyTie[] {first, last});
                }
            }
        }
        return paths;
    }

    private Reach inferred(String uscc) {
        Graph<String, Connection> g = graph.connections();
        TreeMap<String, Set<String>> sharedBy = new TreeMap<>();
        for (String z : Graphs.neighborSetOf(g, uscc)) {
            for (String local : Graphs.neighborSetOf(g, z)) {
                if (!local.equals(uscc) && graph.isLocal(local)) {
                    sharedBy.computeIfAbsent(local, k -> new TreeSet<>()).add(z);
                }
            }
        }
        double index = 0;
        for (String local : sharedBy.keySet()) {
            index += adamicAdar.predict(uscc, local);
        }
        if (sharedBy.isEmpty()) {
            return new Reach(Tier.INFERRED, 0, List.of());
        }
        Set<String> partners = new TreeSet<>();
        sharedBy.values().forEach(partners::addAll);
        String fact = String.format(Locale.ROOT,
                "Adamic–Adar index %.3f toward %d local enterprise(s) (%s) through shared partners %s",
                index, sharedBy.size(), names(sharedBy.keySet()), names(partners));
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

    private String names(Set<String> usccs) {
        return String.join(", ", usccs.stream().map(this::name).toList());
    }
}
