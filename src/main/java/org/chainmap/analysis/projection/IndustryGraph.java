package org.chainmap.analysis.projection;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.chainmap.domain.ProjectStage;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The graph as the analyses see it, in memory and read-only: chains and their links; {@code FEEDS} as a directed
 * JGraphT graph of link ids; enterprises with the links they work in; supply ties as a directed multigraph of credit
 * codes whose edges are {@link SupplyTie} objects, and the same ties without direction as a simple graph of
 * {@link Connection}s; leaders; parks; and the furthest pipeline stage reached by each investor.
 *
 * <p>Built from Neo4j by {@link ProjectionReader} or by hand through {@link #builder()} (tests). Memory is linear in
 * the numbers of nodes and relationships; every lookup here is O(1) or linear in what it returns.
 */
public final class IndustryGraph {
    private final long version;
    private final Map<String, ChainNode> chains;
    private final Map<String, LinkNode> links;
    private final Map<String, List<LinkNode>> chainLinks;
    private final Graph<String, DefaultEdge> flows;
    private final Map<String, EnterpriseNode> enterprises;
    private final Map<String, List<String>> linksOf;
    private final Map<String, List<String>> membersOf;
    private final Graph<String, SupplyTie> ties;
    private final Graph<String, Connection> connections;
    private final Map<String, Set<String>> leadersOf;
    private final Set<String> leaders;
    private final List<ParkNode> parks;
    private final Map<String, ProjectStage> pipeline;
    private final boolean gapsOnly;
    private final Map<String, LinkFigures> figures;

    IndustryGraph(IndustryGraphBuilder b, Graph<String, DefaultEdge> flows, Graph<String, SupplyTie> ties,
            Graph<String, Connection> connections) {
        this.version = b.version;
        this.chains = new TreeMap<>(b.chains);
        this.links = Map.copyOf(b.links);
        Map<String, List<LinkNode>> byChain = new HashMap<>();
        b.links.values().stream()
                .sorted(Comparator.comparing(LinkNode::id))
                .forEach(l -> byChain.computeIfAbsent(l.chainId(), c -> new ArrayList<>()).add(l));
        this.chainLinks = copyOfLists(byChain);
        this.flows = new AsUnmodifiableGraph<>(flows);
        this.enterprises = Map.copyOf(b.enterprises);
        this.linksOf = copyOfLists(b.linksOf);
        this.membersOf = copyOfLists(b.membersOf);
        this.ties = new AsUnmodifiableGraph<>(ties);
        this.connections = new AsUnmodifiableGraph<>(connections);
        Map<String, Set<String>> lead = new HashMap<>();
        b.leadersOf.forEach((chain, usccs) -> lead.put(chain, Set.copyOf(usccs)));
        this.leadersOf = Map.copyOf(lead);
        Set<String> all = new HashSet<>();
        b.leadersOf.values().forEach(all::addAll);
        this.leaders = Set.copyOf(all);
        this.parks = List.copyOf(b.parks);
        this.pipeline = Map.copyOf(b.pipeline);
        this.gapsOnly = b.gapsOnly;
        Map<String, LinkFigures> figures = new HashMap<>(b.figures);
        if (!gapsOnly) {
            links.keySet().forEach(l -> figures.put(l, figuresFromMembers(l)));
        }
        this.figures = Map.copyOf(figures);
    }

    public static IndustryGraphBuilder builder() {
        return new IndustryGraphBuilder();
    }

    private static <T> Map<String, List<T>> copyOfLists(Map<String, ? extends Collection<T>> map) {
        Map<String, List<T>> copy = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    /** The value of {@code (:ChainmapMeta {id:'graph'}).version} the projection was read at (0 for hand-built ones). */
    public long version() {
        return version;
    }

    /** Every chain, by id. */
    public Collection<ChainNode> chains() {
        return chains.values();
    }

    public Optional<ChainNode> chain(String id) {
        return Optional.ofNullable(chains.get(id));
    }

    /** The links of a chain, by id; empty for an unknown chain or one without links. */
    public List<LinkNode> linksOfChain(String chainId) {
        return chainLinks.getOrDefault(chainId, List.of());
    }

    public Optional<LinkNode> link(String id) {
        return Optional.ofNullable(links.get(id));
    }

    /** {@code FEEDS} between links, upstream to downstream, across all chains. */
    public Graph<String, DefaultEdge> flows() {
        return flows;
    }

    public Optional<EnterpriseNode> enterprise(String uscc) {
        return Optional.ofNullable(enterprises.get(uscc));
    }

    /** The enterprise with that code, which must be in the projection. */
    public EnterpriseNode enterpriseOf(String uscc) {
        EnterpriseNode e = enterprises.get(uscc);
        if (e == null) {
            throw new IllegalArgumentException("not in the projection: " + uscc);
        }
        return e;
    }

    public Collection<EnterpriseNode> enterprises() {
        return enterprises.values();
    }

    public boolean isLocal(String uscc) {
        EnterpriseNode e = enterprises.get(uscc);
        return e != null && e.local();
    }

    /** Ids of the links an enterprise works in (main or not), sorted. */
    public List<String> linksOf(String uscc) {
        return linksOf.getOrDefault(uscc, List.of());
    }

    /** Credit codes of the enterprises working in a link, sorted. */
    public List<String> membersOf(String linkId) {
        return membersOf.getOrDefault(linkId, List.of());
    }

    /** Supply ties, supplier to customer; every enterprise is a vertex. */
    public Graph<String, SupplyTie> ties() {
        return ties;
    }

    /** The ties without direction, one {@link Connection} per pair of enterprises; every enterprise is a vertex. */
    public Graph<String, Connection> connections() {
        return connections;
    }

    /** Credit codes of the enterprises that lead the chain (local or not). */
    public Set<String> leadersOf(String chainId) {
        return leadersOf.getOrDefault(chainId, Set.of());
    }

    /** True when the enterprise leads at least one chain. */
    public boolean isLeader(String uscc) {
        return leaders.contains(uscc);
    }

    public List<ParkNode> parks() {
        return parks;
    }

    /** The furthest stage of the projects the enterprise invests in, or empty when it is in none. */
    public Optional<ProjectStage> pipelineStage(String uscc) {
        return Optional.ofNullable(pipeline.get(uscc));
    }

    /**
     * The connections among {@code usccs} as a new simple undirected graph (the same {@link Connection} objects).
     * Cost: the degrees of those enterprises, not the size of the whole graph.
     */
    public Graph<String, Connection> connectionsAmong(Set<String> usccs) {
        Graph<String, Connection> sub = new SimpleGraph<>(null, null, false);
        usccs.forEach(sub::addVertex);
        for (String v : usccs) {
            for (Connection c : connections.edgesOf(v)) {
                String other = Graphs.getOppositeVertex(connections, c, v);
                if (usccs.contains(other) && !sub.containsEdge(c)) {
                    sub.addEdge(v, other, c);
                }
            }
        }
        return sub;
    }

    /**
     * The figures the gap analysis reads for a link; {@link LinkFigures#NONE} for a link nobody works in. Computed
     * once, when the projection is built.
     */
    public LinkFigures linkFigures(String linkId) {
        return figures.getOrDefault(linkId, LinkFigures.NONE);
    }

    /**
     * True for a projection read for the gap analysis only ({@link ProjectionReader#readForGaps()}): it holds the
     * chains, links, FEEDS, leaders and the {@link #linkFigures} of every link, and of the enterprises the leaders
     * only, without ties.
     */
    public boolean gapsOnly() {
        return gapsOnly;
    }

    private LinkFigures figuresFromMembers(String linkId) {
        int local = 0;
        int above = 0;
        for (String uscc : membersOf(linkId)) {
            EnterpriseNode e = enterprises.get(uscc);
            if (e.local()) {
                local++;
                above += e.aboveScale() ? 1 : 0;
            }
        }
        return LinkFigures.of(local, above, suppliesToLocal(linkId), this::isLocal);
    }

    /**
     * The ties whose supplier works in the link and whose customer is local, whatever the customer's chain: what
     * dependency and concentration are computed over. Linear in the ties of the link's enterprises.
     */
    public List<SupplyTie> suppliesToLocal(String linkId) {
        List<SupplyTie> found = new ArrayList<>();
        for (String supplier : membersOf(linkId)) {
            for (SupplyTie t : ties.outgoingEdgesOf(supplier)) {
                if (isLocal(t.customer())) {
                    found.add(t);
                }
            }
        }
        return found;
    }
}
