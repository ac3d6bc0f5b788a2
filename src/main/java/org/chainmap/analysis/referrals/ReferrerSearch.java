package org.chainmap.analysis.referrals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.analysis.projection.Connection;
import org.chainmap.analysis.projection.IndustryGraph;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsWeightedGraph;

/**
 * Finds the local referrers of a target T and their k best paths of at most {@code maxHops} ties.
 *
 * <p>Bounded search: a breadth-first search from T up to {@code maxHops} finds the ball that holds every such
 * path; for each local enterprise L in it, Yen's algorithm runs only on the corridor of vertices v with
 * d(L, v) + d(v, T) ≤ maxHops. Edge weights are {@code 1 + ε·(−ln confidence)} with ε = 0.01 and confidences
 * floored at 1e-9, so that for paths of up to 4 hops the order is exactly fewest hops first, then highest product
 * of confidences. Cost: the ball, plus per referrer its corridor times k·hops shortest-path runs.
 */
final class ReferrerSearch {
    private static final double EPSILON = 0.01;
    private static final double FLOOR = 1e-9;

    private final IndustryGraph graph;
    private final int k;
    private final int maxHops;

    ReferrerSearch(IndustryGraph graph, int k, int maxHops) {
        this.graph = graph;
        this.k = k;
        this.maxHops = maxHops;
    }

    List<Referrer> of(String target) {
        Map<String, Integer> fromTarget = distances(target, null);
        List<Referrer> referrers = new ArrayList<>();
        for (String v : fromTarget.keySet().stream().sorted().toList()) {
            if (v.equals(target) || !graph.isLocal(v)) {
                continue;
            }
            Map<String, Integer> fromReferrer = distances(v, fromTarget.keySet());
            Set<String> corridor = new HashSet<>();
            fromReferrer.forEach((u, d) -> {
                if (d + fromTarget.get(u) <= maxHops) {
                    corridor.add(u);
                }
            });
            List<ReferralPath> paths = paths(graph.connectionsAmong(corridor), v, target);
            if (!paths.isEmpty()) {
                double score = paths.stream().mapToDouble(ReferralPath::strength).sum();
                referrers.add(new Referrer(v, graph.enterpriseOf(v).name(), graph.isLeader(v), score, paths));
            }
        }
        referrers.sort(Comparator.comparingDouble(Referrer::score).reversed().thenComparing(Referrer::uscc));
        return referrers;
    }

    private List<ReferralPath> paths(Graph<String, Connection> corridor, String from, String to) {
        var weighted = new AsWeightedGraph<>(corridor,
                c -> 1 + EPSILON * -Math.log(Math.max(c.strength(), FLOOR)), false, false);
        List<ReferralPath> paths = new ArrayList<>();
        for (GraphPath<String, Connection> p : new YenKShortestPath<>(weighted).getPaths(from, to, k)) {
            if (p.getLength() <= maxHops) {
                double product = p.getEdgeList().stream().mapToDouble(Connection::strength).reduce(1, (a, b) -> a * b);
                paths.add(new ReferralPath(
                        p.getVertexList().stream().map(u -> new EnterpriseRef(u, graph.enterpriseOf(u).name())).toList(),
                        p.getLength(),
                        product / p.getLength()));
            }
        }
        return paths;
    }

    /** Hop distances from {@code start} up to {@code maxHops}, staying inside {@code within} when it is given. */
    private Map<String, Integer> distances(String start, Set<String> within) {
        Graph<String, Connection> g = graph.connections();
        Map<String, Integer> dist = new HashMap<>();
        dist.put(start, 0);
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String u = queue.poll();
            int d = dist.get(u);
            if (d == maxHops) {
                continue;
            }
            for (String w : Graphs.neighborListOf(g, u)) {
                if ((within == null || within.contains(w)) && !dist.containsKey(w)) {
                    dist.put(w, d + 1);
                    queue.add(w);
                }
            }
        }
        return dist;
    }
}
