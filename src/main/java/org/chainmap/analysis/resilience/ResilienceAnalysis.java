package org.chainmap.analysis.resilience;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chainmap.analysis.projection.Connection;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.LinkNode;
import org.chainmap.analysis.projection.SupplyTie;
import org.chainmap.analysis.projection.TieGraph;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.EnterpriseRef;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsSubgraph;

/**
 * Resilience of a chain (SPEC section 4) in its local supply network: the local enterprises working in its links
 * and the ties among them, as a simple undirected graph. Articulation points and bridges come from JGraphT's
 * {@link BiconnectivityInspector} (O(V + E)); betweenness from {@link BetweennessCentrality} (Brandes, O(V·E) per
 * connected component),
 * normalised to 0–1 by 2 / ((n − 1)(n − 2)) as usual for undirected graphs (JGraphT's own normalisation divides by
 * (n − 1)(n − 2), which tops out at 0.5 and overflows an int beyond 46,341 vertices). Concentration is the HHI of
 * the suppliers (local or not) selling from each link to local customers. {@link #relocation} says which local
 * customers would lose their only supplier in a link of the chain if an enterprise left.
 */
public final class ResilienceAnalysis {
    private final IndustryGraph graph;
    private final ResilienceLimits config;

    public ResilienceAnalysis(IndustryGraph graph, ResilienceLimits config) {
        this.graph = graph;
        this.config = config;
    }

    /** {@link IllegalArgumentException} when the chain is not in the graph. */
    public ResilienceReport of(String chainId) {
        var chain =
                graph.chain(chainId).orElseThrow(() -> new IllegalArgumentException("unknown chain '" + chainId + "'"));
        Set<String> local = new TreeSet<>();
        for (LinkNode l : graph.linksOfChain(chainId)) {
            graph.membersOf(l.id()).stream().filter(graph::isLocal).forEach(local::add);
        }
        Graph<String, Connection> network = graph.connectionsAmong(local);
        var inspector = new BiconnectivityInspector<>(network);
        List<EnterpriseRef> cutpoints =
                inspector.getCutpoints().stream().sorted().map(this::ref).toList();
        List<Bridge> bridges = new ArrayList<>();
        for (Connection c : inspector.getBridges()) {
            String s = network.getEdgeSource(c);
            String t = network.getEdgeTarget(c);
            bridges.add(s.compareTo(t) < 0 ? new Bridge(ref(s), ref(t)) : new Bridge(ref(t), ref(s)));
        }
        bridges.sort(Comparator.comparing((Bridge b) -> b.a().uscc()).thenComparing(b -> b.b().uscc()));
        return new ResilienceReport(
                new ChainRef(chain.id(), chain.name(), chain.nameEn()),
                cutpoints,
                bridges,
                concentration(chainId),
                betweenness(network),
                null);
    }

    /** {@link IllegalArgumentException} when the chain or the enterprise is not in the graph. */
    public Relocation relocation(String chainId, String uscc) {
        if (graph.chain(chainId).isEmpty() || graph.enterprise(uscc).isEmpty()) {
            throw new IllegalArgumentException("unknown chain '" + chainId + "' or enterprise '" + uscc + "'");
        }
        Set<String> chainLinks = new TreeSet<>();
        graph.linksOfChain(chainId).forEach(l -> chainLinks.add(l.id()));
        List<String> itsLinks =
                graph.linksOf(uscc).stream().filter(chainLinks::contains).toList();
        Set<String> customers = new TreeSet<>();
        graph.suppliesFrom(uscc).stream()
                .map(SupplyTie::customer)
                .filter(graph::isLocal)
                .forEach(customers::add);
        List<Relocation.Loss> losses = new ArrayList<>();
        for (String customer : customers) {
            for (String link : itsLinks) {
                boolean another = graph.suppliesTo(customer).stream()
                        .map(SupplyTie::supplier)
                        .anyMatch(s -> !s.equals(uscc) && graph.linksOf(s).contains(link));
                if (!another) {
                    losses.add(new Relocation.Loss(
                            customer, graph.enterpriseOf(customer).name(), link));
                }
            }
        }
        return new Relocation(ref(uscc), losses);
    }

    private List<Concentration> concentration(String chainId) {
        List<Concentration> rows = new ArrayList<>();
        for (LinkNode l : graph.linksOfChain(chainId)) {
            List<SupplyTie> ties = suppliesToLocal(l.id());
            if (!ties.isEmpty()) {
                rows.add(new Concentration(l.id(), hhi(ties)));
            }
        }
        rows.sort(Comparator.comparingDouble(Concentration::hhi).reversed().thenComparing(Concentration::linkId));
        return rows;
    }

    /**
     * The ties whose supplier works in the link and whose customer is local, whatever the customer's chain: what a
     * link's concentration is computed over (and its dependency, in {@code LinkFigures}). Linear in the ties of the
     * link's enterprises.
     */
    private List<SupplyTie> suppliesToLocal(String linkId) {
        TieGraph ties = graph.tieGraph();
        List<SupplyTie> found = new ArrayList<>();
        for (int v : graph.memberIndexes(linkId)) {
            for (int i = 0; i < ties.outDegree(v); i++) {
                int t = ties.outTie(v, i);
                if (graph.isLocal(ties.customer(t))) {
                    found.add(graph.tie(t));
                }
            }
        }
        return found;
    }

    /** Σ share², the shares being each supplier's part of the ties' total weight. */
    static double hhi(List<SupplyTie> ties) {
        boolean byValue = SupplyTie.allValued(ties);
        Map<String, Double> bySupplier = new HashMap<>();
        double total = 0;
        for (SupplyTie t : ties) {
            bySupplier.merge(t.supplier(), t.weight(byValue), Double::sum);
            total += t.weight(byValue);
        }
        double hhi = 0;
        for (double w : bySupplier.values()) {
            hhi += (w / total) * (w / total);
        }
        return hhi;
    }

    /**
     * Computed per connected component (a shortest path never leaves its component, so the scores are the same),
     * skipping components of fewer than 3 enterprises, where every score is 0: JGraphT's implementation sets up
     * per-vertex maps for every source, so on the whole network the many isolated enterprises would cost O(V²).
     */
    private List<Betweenness> betweenness(Graph<String, Connection> network) {
        int n = network.vertexSet().size();
        if (n < 3 || config.betweennessTop() == 0) {
            return List.of();
        }
        double scale = 2.0 / ((double) (n - 1) * (n - 2));
        Map<String, Double> raw = new HashMap<>();
        for (Set<String> component : new ConnectivityInspector<>(network).connectedSets()) {
            if (component.size() >= 3) {
                raw.putAll(new BetweennessCentrality<>(new AsSubgraph<>(network, component), false).getScores());
            }
        }
        return raw.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new Betweenness(
                        e.getKey(), graph.enterpriseOf(e.getKey()).name(), e.getValue() * scale))
                .sorted(Comparator.comparingDouble(Betweenness::score)
                        .reversed()
                        .thenComparing(Betweenness::uscc))
                .limit(config.betweennessTop())
                .toList();
    }

    private EnterpriseRef ref(String uscc) {
        return new EnterpriseRef(uscc, graph.enterpriseOf(uscc).name());
    }
}
