package org.chainmap.analysis.feasibility;

import java.util.Comparator;
import java.util.List;
import org.chainmap.analysis.projection.ChainNode;
import org.chainmap.analysis.projection.ChainSkeleton;
import org.chainmap.analysis.projection.LinkNode;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.LinkRef;

/**
 * What {@code GET /api/v1/feasibility?chain=} answers: every link of the chain with its feasibility, most feasible
 * first (then by id), each with the covered links that contribute most to it.
 */
public record FeasibilityReport(ChainRef chain, List<LinkFeasibility> links) {
    /** How many contributing links a row lists. */
    public static final int CONTRIBUTORS = 5;

    public FeasibilityReport {
        links = List.copyOf(links);
    }

    /**
     * One link of the chain.
     *
     * @param covered whether a local enterprise works in it (its closeness does not count toward itself)
     * @param contributors the covered links closest to it, closest first, at most {@value #CONTRIBUTORS}
     */
    public record LinkFeasibility(
            String linkId,
            String name,
            String nameEn,
            boolean covered,
            double feasibility,
            List<Contribution> contributors) {
        public LinkFeasibility {
            contributors = List.copyOf(contributors);
        }
    }

    /** A covered link (of any chain) and its closeness φ to the link of the row. */
    public record Contribution(LinkRef link, double proximity) {}

    /** The report of a chain of {@code graph}, whose links' feasibility is {@code feasibility}. */
    public static FeasibilityReport of(ChainSkeleton graph, Feasibility feasibility, String chainId) {
        ChainNode chain =
                graph.chain(chainId).orElseThrow(() -> new IllegalArgumentException("unknown chain '" + chainId + "'"));
        List<LinkFeasibility> rows = graph.linksOfChain(chainId).stream()
                .map(l -> new LinkFeasibility(
                        l.id(),
                        l.name(),
                        l.nameEn(),
                        feasibility.covered(l.id()),
                        feasibility.of(l.id()),
                        feasibility.contributors(l.id(), CONTRIBUTORS).stream()
                                .map(c -> new Contribution(ref(graph, c.linkId()), c.proximity()))
                                .toList()))
                .sorted(Comparator.comparingDouble(LinkFeasibility::feasibility)
                        .reversed()
                        .thenComparing(LinkFeasibility::linkId))
                .toList();
        return new FeasibilityReport(new ChainRef(chain.id(), chain.name(), chain.nameEn()), rows);
    }

    private static LinkRef ref(ChainSkeleton graph, String linkId) {
        LinkNode l = graph.link(linkId).orElseThrow();
        return new LinkRef(l.id(), l.name(), l.nameEn(), l.chainId());
    }
}
