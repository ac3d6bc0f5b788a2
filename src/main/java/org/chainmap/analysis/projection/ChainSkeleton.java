package org.chainmap.analysis.projection;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;

/**
 * What the gap analysis reads of a projection: the chains, their links and FEEDS, the leaders and whether each is
 * local, and the figures of every link. The gaps-only projection ({@link GapProjection}) is this and nothing more;
 * the full one ({@link IndustryGraph}) is this and the supply network built on it, so an analysis that needs the
 * enterprises and their ties cannot be handed the gaps-only projection: it does not compile.
 */
public interface ChainSkeleton {
    /** The value of {@code (:ChainmapMeta {id:'graph'}).version} the projection was read at (0 for hand-built ones). */
    long version();

    /** Every chain, by id. */
    Collection<ChainNode> chains();

    Optional<ChainNode> chain(String id);

    /** The links of a chain, by id; empty for an unknown chain or one without links. */
    List<LinkNode> linksOfChain(String chainId);

    Optional<LinkNode> link(String id);

    /** {@code FEEDS} between links, upstream to downstream, across all chains. */
    Graph<String, DefaultEdge> flows();

    /** Credit codes of the enterprises that lead the chain (local or not). */
    Set<String> leadersOf(String chainId);

    /** Whether the enterprise (a leader, at least) is local. */
    boolean isLocal(String uscc);

    /** The figures the gap analysis reads for a link; {@link LinkFigures#NONE} for a link nobody works in. */
    LinkFigures linkFigures(String linkId);

    /** Per link, the non-local enterprises working in it by region (what the feasibility of links is computed from). */
    LinkRegions linkRegions();
}
