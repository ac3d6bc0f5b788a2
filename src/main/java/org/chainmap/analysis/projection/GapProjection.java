package org.chainmap.analysis.projection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * The projection of the gap analysis only ({@link ProjectionReader#readForGaps()}): the chain skeleton with the
 * figures of every link summed in Neo4j and the leaders, without the enterprises' ties. A few hundred rows whatever
 * the number of enterprises.
 */
public final class GapProjection implements ChainSkeleton {
    private final IndustryGraph graph;

    /** @param graph built by a gaps-only builder, which holds no ties */
    GapProjection(IndustryGraph graph) {
        this.graph = graph;
    }

    @Override
    public long version() {
        return graph.version();
    }

    @Override
    public Collection<ChainNode> chains() {
        return graph.chains();
    }

    @Override
    public Optional<ChainNode> chain(String id) {
        return graph.chain(id);
    }

    @Override
    public List<LinkNode> linksOfChain(String chainId) {
        return graph.linksOfChain(chainId);
    }

    @Override
    public Optional<LinkNode> link(String id) {
        return graph.link(id);
    }

    @Override
    public Graph<String, DefaultEdge> flows() {
        return graph.flows();
    }

    @Override
    public Set<String> leadersOf(String chainId) {
        return graph.leadersOf(chainId);
    }

    @Override
    public boolean isLocal(String uscc) {
        return graph.isLocal(uscc);
    }

    @Override
    public LinkFigures linkFigures(String linkId) {
        return graph.linkFigures(linkId);
    }

    @Override
    public LinkRegions linkRegions() {
        return graph.linkRegions();
    }
}
