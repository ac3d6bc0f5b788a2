package org.chainmap.analysis.gaps;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chainmap.analysis.feasibility.Feasibility;
import org.chainmap.analysis.projection.ChainNode;
import org.chainmap.analysis.projection.ChainSkeleton;
import org.chainmap.analysis.projection.LinkFigures;
import org.chainmap.analysis.projection.LinkNode;
import org.chainmap.domain.LinkStage;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Gap analysis of a chain (SPEC section 4): per link its coverage by local enterprises, how many of them are above
 * scale, its dependency on non-local suppliers, its criticality in the chain's FEEDS order (followed through the
 * chain's own links only), its status with the roadmap action, its gapScore and its feasibility ({@link Feasibility},
 * how realistically the district can grow it); and for the chain, whether it is to be built (建链).
 *
 * <p>Cost for a chain of L links with F FEEDS edges among them: O(L·(L + F)) for the up- and downstream sets; the
 * coverage and dependency figures of each link are summed once per projection ({@link LinkFigures}).
 */
public final class GapAnalysis {
    private final ChainSkeleton graph;
    private final GapRules config;
    private final Feasibility feasibility;

    /** Computes the feasibility of the graph's links for the rows. */
    public GapAnalysis(ChainSkeleton graph, GapRules config) {
        this(graph, config, Feasibility.of(graph));
    }

    /** @param feasibility of the links of {@code graph}, computed once per projection by the caller */
    public GapAnalysis(ChainSkeleton graph, GapRules config, Feasibility feasibility) {
        this.graph = graph;
        this.config = config;
        this.feasibility = feasibility;
    }

    /** The analysis of one chain; {@link IllegalArgumentException} when the chain is not in the graph. */
    public GapReport of(String chainId) {
        ChainNode chain =
                graph.chain(chainId).orElseThrow(() -> new IllegalArgumentException("unknown chain '" + chainId + "'"));
        List<LinkNode> links = graph.linksOfChain(chainId);
        Map<String, LinkFigures> figures = new HashMap<>();
        for (LinkNode l : links) {
            figures.put(l.id(), graph.linkFigures(l.id()));
        }
        Set<String> covered = figures.entrySet().stream()
                .filter(e -> e.getValue().coverage() > 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Map<String, List<String>> down = new HashMap<>();
        Map<String, List<String>> up = new HashMap<>();
        feedsAmong(links, down, up);
        List<LinkGap> rows = new ArrayList<>();
        for (LinkNode l : links) {
            Set<String> downstream = reachable(down, l.id());
            Set<String> upstream = reachable(up, l.id());
            LinkFigures c = figures.get(l.id());
            GapStatus status = status(l, c, intersects(downstream, covered), intersects(upstream, covered));
            // multiplied before dividing, so that equal fractions (4 × 1.5 / 7 and 6 / 7) are equal doubles
            double criticality = (downstream.size() + 1) * (l.key() ? config.keyLinkFactor() : 1.0) / links.size();
            double weakness = switch (status) {
                case FILL, EXTEND -> 1.0;
                case STRENGTHEN -> Math.max(1.0 / c.coverage(), c.dependency());
                case OK -> 0.0;
            };
            rows.add(new LinkGap(
                    l.id(),
                    l.name(),
                    l.nameEn(),
                    l.stage(),
                    l.key(),
                    status,
                    status.action(),
                    c.coverage(),
                    c.aboveScale(),
                    c.dependency(),
                    criticality,
                    criticality * weakness,
                    feasibility.of(l.id())));
        }
        rows.sort(Comparator.comparingDouble(LinkGap::gapScore).reversed().thenComparing(LinkGap::linkId));
        int localLeaders =
                (int) graph.leadersOf(chainId).stream().filter(graph::isLocal).count();
        boolean build = localLeaders == 0
                && (links.isEmpty() || (double) covered.size() / links.size() < config.buildCoveredShare());
        return new GapReport(
                new ChainSummary(
                        chain.id(), chain.name(), chain.nameEn(), links.size(), covered.size(), localLeaders, build),
                rows);
    }

    /** Every chain, by id; the chains are analysed in parallel (each reads the projection only). */
    public AllGaps all() {
        return new AllGaps(graph.chains().parallelStream().map(c -> of(c.id())).toList());
    }

    private GapStatus status(LinkNode l, LinkFigures c, boolean coveredDownstream, boolean coveredUpstream) {
        if (c.coverage() == 0) {
            boolean extend = !coveredDownstream || (!coveredUpstream && l.stage() == LinkStage.UPSTREAM);
            return extend ? GapStatus.EXTEND : GapStatus.FILL;
        }
        boolean thin = c.coverage() == 1 || c.aboveScale() == 0 || c.dependency() > config.strengthenDependency();
        return thin ? GapStatus.STRENGTHEN : GapStatus.OK;
    }

    /** The FEEDS edges among the chain's own links, as lists of the links each one feeds and is fed by. */
    private void feedsAmong(List<LinkNode> links, Map<String, List<String>> down, Map<String, List<String>> up) {
        Graph<String, DefaultEdge> flows = graph.flows();
        Set<String> ids = new HashSet<>();
        links.forEach(l -> ids.add(l.id()));
        for (String from : ids) {
            for (DefaultEdge e : flows.outgoingEdgesOf(from)) {
                String to = flows.getEdgeTarget(e);
                if (ids.contains(to)) {
                    down.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
                    up.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
                }
            }
        }
    }

    /** The links reachable from {@code start} along {@code next}, without {@code start} itself. */
    private static Set<String> reachable(Map<String, List<String>> next, String start) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            for (String n : next.getOrDefault(todo.pop(), List.of())) {
                if (seen.add(n)) {
                    todo.push(n);
                }
            }
        }
        seen.remove(start);
        return seen;
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }
}
