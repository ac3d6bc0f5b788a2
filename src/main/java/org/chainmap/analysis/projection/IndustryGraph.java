package org.chainmap.analysis.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
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
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The graph as the analyses see it, in memory and read-only: chains and their links; {@code FEEDS} as a directed
 * JGraphT graph of link ids; enterprises with the links they work in; supply ties as a compact {@link TieGraph} over
 * the enterprises numbered from 0 (with JGraphT views of them built on demand for small graphs); leaders; parks; and
 * the furthest pipeline stage reached by each investor.
 *
 * <p>Built from Neo4j by {@link ProjectionReader} or by hand through {@link #builder()} (tests). Memory is linear in
 * the numbers of nodes and relationships; every lookup here is O(1) or linear in what it returns.
 */
public final class IndustryGraph implements ChainSkeleton {
    private final long version;
    private final Map<String, ChainNode> chains;
    private final Map<String, LinkNode> links;
    private final Map<String, List<LinkNode>> chainLinks;
    private final Graph<String, DefaultEdge> flows;
    private final Map<String, Integer> index;
    private final EnterpriseNode[] enterprises;
    /** Whether each enterprise is local, by number: read for every tie by the ranking, so kept apart and dense. */
    private final boolean[] local;

    private final LinkMembership membership;
    private final TieGraph ties;
    private volatile TieViews views;
    private final Map<String, Set<String>> leadersOf;
    private final Set<String> leaders;
    private final List<ParkNode> parks;
    private final Map<String, ProjectStage> pipeline;
    private final Map<String, LinkFigures> figures;
    /** Per link with inferred members, which of its enterprises (by number) are members by inference. */
    private final Map<String, java.util.BitSet> inferred;
    /** Whether the link figures were given already summed (the gaps-only projection). */
    private final boolean gapsOnly;
    /** The credit code of the enterprise {@link #withLocal} added last (numbered last), not in {@code index}. */
    private final String added;
    /** Given by the builder or counted on first use. */
    private volatile LinkRegions regions;

    IndustryGraph(IndustryGraphBuilder b, Graph<String, DefaultEdge> flows, TieGraph ties) {
        this.version = b.version;
        this.chains = new TreeMap<>(b.chains);
        this.links = Map.copyOf(b.links);
        Map<String, List<LinkNode>> byChain = new HashMap<>();
        b.links.values().stream()
                .sorted(Comparator.comparing(LinkNode::id))
                .forEach(l -> byChain.computeIfAbsent(l.chainId(), c -> new ArrayList<>())
                        .add(l));
        this.chainLinks = copyOfLists(byChain);
        this.flows = new AsUnmodifiableGraph<>(flows);
        // large maps as hash maps: Map.copyOf re-hashes a million keys into a probed table slower to look up in
        this.index = Collections.unmodifiableMap(b.handOver ? b.index : new HashMap<>(b.index));
        this.enterprises = b.enterprises.toArray(EnterpriseNode[]::new);
        this.local = localFlags(enterprises);
        if (!b.memberNumbers.isEmpty() && !b.linksOf.isEmpty()) {
            throw new IllegalStateException("members are given by number or one by one, not both");
        }
        this.membership = b.memberNumbers.isEmpty()
                ? new LinkMembership(b.linksOf, b.membersOf, this::indexOf)
                : LinkMembership.ofNumbers(b.memberNumbers, enterprises);
        this.ties = ties;
        Map<String, Set<String>> lead = new HashMap<>();
        b.leadersOf.forEach((chain, usccs) -> lead.put(chain, Set.copyOf(usccs)));
        this.leadersOf = Map.copyOf(lead);
        Set<String> all = new HashSet<>();
        b.leadersOf.values().forEach(all::addAll);
        this.leaders = Set.copyOf(all);
        this.parks = List.copyOf(b.parks);
        this.pipeline = Map.copyOf(b.pipeline);
        Map<String, LinkFigures> figures = new HashMap<>(b.figures);
        if (!b.gapsOnly) {
            links.keySet()
                    .forEach(l -> figures.put(
                            l,
                            b.counted.containsKey(l)
                                    ? b.counted.get(l)
                                    : LinkFigures.fromTies(membership.memberIndexes(l), enterprises, ties)));
        }
        this.figures = Map.copyOf(figures);
        Map<String, java.util.BitSet> byInference = new HashMap<>();
        b.inferred.forEach((link, usccs) -> {
            java.util.BitSet members = new java.util.BitSet(enterprises.length);
            usccs.forEach(u -> members.set(indexOf(u)));
            byInference.put(link, members);
        });
        this.inferred = Map.copyOf(byInference);
        this.gapsOnly = b.gapsOnly;
        this.added = null;
        // given (a gaps-only graph, a snapshot) or counted on first use
        this.regions = b.gapsOnly || !b.regions.isEmpty() ? new LinkRegions(b.regions) : null;
    }

    /**
     * The graph with one change: {@code enterprise} (one of the graph's, by its credit code, or a new one) is local and
     * works in {@code links} besides the links it already works in, as an import of that enterprise would leave it.
     * Its supply ties stay as they are; a new enterprise has none. What does not change is shared with this graph, and
     * the link figures are counted again, by the same code as when a projection is read, for the links whose
     * enterprises or ties into local customers changed: the enterprise's links and those of its suppliers.
     *
     * <p>Cost: a copy of the array of enterprises and of the small per-link maps, and the members' ties of the
     * links counted again; nothing proportional to the whole graph is hashed or sorted. Not for a gaps-only graph,
     * which holds no enterprises to change.
     */
    public IndustryGraph withLocal(EnterpriseNode enterprise, Collection<String> links) {
        if (gapsOnly) {
            throw new IllegalStateException("a gaps-only projection holds no enterprises to change");
        }
        if (!enterprise.local()) {
            throw new IllegalArgumentException("the enterprise is to be local");
        }
        links.forEach(l -> {
            if (!this.links.containsKey(l)) {
                throw new IllegalArgumentException("unknown link '" + l + "'");
            }
        });
        return new IndustryGraph(this, enterprise, links);
    }

    private IndustryGraph(IndustryGraph base, EnterpriseNode enterprise, Collection<String> given) {
        this.version = base.version;
        this.chains = base.chains;
        this.links = base.links;
        this.chainLinks = base.chainLinks;
        this.flows = base.flows;
        this.index = base.index;
        int v = base.indexOf(enterprise.uscc());
        boolean isNew = v < 0;
        if (isNew) {
            if (base.added != null) {
                throw new IllegalStateException("one new enterprise at a time");
            }
            v = base.enterprises.length;
            this.enterprises = Arrays.copyOf(base.enterprises, v + 1);
            this.ties = base.ties.withIsolatedVertex();
            this.added = enterprise.uscc();
        } else {
            this.enterprises = base.enterprises.clone();
            this.ties = base.ties;
            this.added = base.added;
        }
        EnterpriseNode before = isNew ? null : base.enterprises[v];
        this.enterprises[v] = enterprise;
        this.local = Arrays.copyOf(base.local, enterprises.length);
        this.local[v] = true;
        List<String> linksBefore = isNew ? List.of() : base.linksOf(enterprise.uscc());
        java.util.SortedSet<String> linksAfter = new java.util.TreeSet<>(linksBefore);
        linksAfter.addAll(given);
        this.membership = base.membership.with(enterprise.uscc(), v, List.copyOf(linksAfter));
        this.leadersOf = base.leadersOf;
        this.leaders = base.leaders;
        this.parks = base.parks;
        this.pipeline = base.pipeline;
        this.inferred = base.inferred;
        this.gapsOnly = false;
        Set<String> changed = new HashSet<>(linksAfter);
        for (int i = 0; i < ties.inDegree(v); i++) {
            changed.addAll(membership.linksOf(enterprises[ties.supplier(ties.inTie(v, i))].uscc()));
        }
        Map<String, LinkFigures> figures = new HashMap<>(base.figures);
        changed.forEach(l -> figures.put(l, LinkFigures.fromTies(membership.memberIndexes(l), enterprises, ties)));
        this.figures = Map.copyOf(figures);
        this.regions = before == null
                ? base.linkRegions()
                : base.linkRegions().without(LinkRegions.regionOf(before), linksBefore);
    }

    /**
     * The graph at {@code version} with other supply ties and nothing else changed: the enterprises, memberships,
     * chains, leaders, parks and stages are shared with this one, and the link figures counted again from the ties,
     * by the same code as when a projection is read. Not for a gaps-only graph or one with an enterprise added.
     */
    IndustryGraph withTies(TieGraph ties, long version) {
        if (gapsOnly || added != null || ties.vertices() != enterprises.length) {
            throw new IllegalStateException("other ties fit only a full projection of the same enterprises");
        }
        return new IndustryGraph(this, ties, version);
    }

    private IndustryGraph(IndustryGraph base, TieGraph ties, long version) {
        this.version = version;
        this.chains = base.chains;
        this.links = base.links;
        this.chainLinks = base.chainLinks;
        this.flows = base.flows;
        this.index = base.index;
        this.enterprises = base.enterprises;
        this.local = base.local;
        this.membership = base.membership;
        this.ties = ties;
        this.leadersOf = base.leadersOf;
        this.leaders = base.leaders;
        this.parks = base.parks;
        this.pipeline = base.pipeline;
        Map<String, LinkFigures> figures = new HashMap<>();
        links.keySet()
                .forEach(l -> figures.put(l, LinkFigures.fromTies(membership.memberIndexes(l), enterprises, ties)));
        this.figures = Map.copyOf(figures);
        this.inferred = base.inferred;
        this.gapsOnly = false;
        this.added = null;
        this.regions = base.regions;
    }

    /**
     * Per link, the non-local enterprises working in it by region, for the feasibility of links: read with the
     * gaps-only projection, counted from the memberships of a full one on first use.
     */
    @Override
    public LinkRegions linkRegions() {
        LinkRegions r = regions;
        if (r == null) {
            synchronized (this) {
                r = regions;
                if (r == null) {
                    r = LinkRegions.of(links.keySet(), membership::memberIndexes, enterprises);
                    regions = r;
                }
            }
        }
        return r;
    }

    /** Whether the enterprise numbered {@code v} works in the link by inference (classification), not by a file. */
    public boolean isInferredMember(String linkId, int v) {
        java.util.BitSet members = inferred.get(linkId);
        return members != null && members.get(v);
    }

    public static IndustryGraphBuilder builder() {
        return new IndustryGraphBuilder();
    }

    private static <T> Map<String, List<T>> copyOfLists(Map<String, ? extends Collection<T>> map) {
        Map<String, List<T>> copy = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Map.copyOf(copy);
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public Collection<ChainNode> chains() {
        return chains.values();
    }

    @Override
    public Optional<ChainNode> chain(String id) {
        return Optional.ofNullable(chains.get(id));
    }

    @Override
    public List<LinkNode> linksOfChain(String chainId) {
        return chainLinks.getOrDefault(chainId, List.of());
    }

    @Override
    public Optional<LinkNode> link(String id) {
        return Optional.ofNullable(links.get(id));
    }

    @Override
    public Graph<String, DefaultEdge> flows() {
        return flows;
    }

    public Optional<EnterpriseNode> enterprise(String uscc) {
        int v = indexOf(uscc);
        return v < 0 ? Optional.empty() : Optional.of(enterprises[v]);
    }

    /** The enterprise with that code, which must be in the projection. */
    public EnterpriseNode enterpriseOf(String uscc) {
        int v = indexOf(uscc);
        if (v < 0) {
            throw new IllegalArgumentException("not in the projection: " + uscc);
        }
        return enterprises[v];
    }

    public List<EnterpriseNode> enterprises() {
        return Collections.unmodifiableList(Arrays.asList(enterprises));
    }

    /** The enterprise's number in {@link #tieGraph()}, -1 when it is not in the projection. */
    public int indexOf(String uscc) {
        Integer v = index.get(uscc);
        if (v != null) {
            return v;
        }
        return uscc != null && uscc.equals(added) ? enterprises.length - 1 : -1;
    }

    /** The enterprise numbered {@code v} in {@link #tieGraph()}. */
    public EnterpriseNode enterpriseAt(int v) {
        return enterprises[v];
    }

    @Override
    public boolean isLocal(String uscc) {
        int v = indexOf(uscc);
        return v >= 0 && enterprises[v].local();
    }

    public boolean isLocal(int v) {
        return local[v];
    }

    private static boolean[] localFlags(EnterpriseNode[] enterprises) {
        boolean[] flags = new boolean[enterprises.length];
        for (int v = 0; v < enterprises.length; v++) {
            flags[v] = enterprises[v].local();
        }
        return flags;
    }

    /** Ids of the links an enterprise works in (main or not), sorted. */
    public List<String> linksOf(String uscc) {
        return membership.linksOf(uscc);
    }

    /** Credit codes of the enterprises working in a link, sorted. */
    public List<String> membersOf(String linkId) {
        return membership.membersOf(linkId);
    }

    /** The numbers in {@link #tieGraph()} of the enterprises working in a link, in the order of {@link #membersOf}. */
    public int[] memberIndexes(String linkId) {
        return membership.memberIndexes(linkId).clone();
    }

    /** The supply ties over the enterprises numbered as {@link #indexOf} gives: what the analyses walk. */
    public TieGraph tieGraph() {
        return ties;
    }

    /** The ties the enterprise supplies through, in the order they were read. */
    public List<SupplyTie> suppliesFrom(String uscc) {
        return tiesOf(uscc, true);
    }

    /** The ties the enterprise buys through, in the order they were read. */
    public List<SupplyTie> suppliesTo(String uscc) {
        return tiesOf(uscc, false);
    }

    private List<SupplyTie> tiesOf(String uscc, boolean asSupplier) {
        int v = indexOf(uscc);
        int degree = v < 0 ? 0 : asSupplier ? ties.outDegree(v) : ties.inDegree(v);
        List<SupplyTie> found = new ArrayList<>(degree);
        for (int i = 0; i < degree; i++) {
            found.add(tie(asSupplier ? ties.outTie(v, i) : ties.inTie(v, i)));
        }
        return found;
    }

    /** Tie number {@code t} of {@link #tieGraph()} as an object (a new one at each call). */
    public SupplyTie tie(int t) {
        return ties.tie(t, enterprises[ties.supplier(t)].uscc(), enterprises[ties.customer(t)].uscc());
    }

    /**
     * Supply ties, supplier to customer, as a JGraphT multigraph whose vertices are every enterprise. Built on the
     * first call, in time and memory linear in the ties (several hundred bytes each): for small graphs and for
     * checking the analyses against JGraphT's algorithms; the analyses walk {@link #tieGraph()}.
     */
    public Graph<String, SupplyTie> ties() {
        return views().ties();
    }

    /**
     * The ties without direction, one {@link Connection} per pair of enterprises, as a JGraphT simple graph built on
     * the first call (see {@link #ties()}).
     */
    public Graph<String, Connection> connections() {
        return views().connections();
    }

    private TieViews views() {
        TieViews v = views;
        if (v == null) {
            synchronized (this) {
                v = views;
                if (v == null) {
                    v = TieViews.of(this);
                    views = v;
                }
            }
        }
        return v;
    }

    @Override
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

    /** The furthest stage of each investor as it was when this projection was read. */
    public PipelineStages pipelineStages() {
        return new PipelineStages(pipeline);
    }

    /**
     * The connections among {@code usccs} as a new simple undirected graph (the same {@link Connection} objects).
     * Cost: the degrees of those enterprises, not the size of the whole graph.
     */
    public Graph<String, Connection> connectionsAmong(Set<String> usccs) {
        Graph<String, Connection> sub = new SimpleGraph<>(null, null, false);
        usccs.forEach(sub::addVertex);
        for (String uscc : usccs) {
            for (SupplyTie t : suppliesFrom(uscc)) {
                if (usccs.contains(t.customer())) {
                    TieViews.connect(sub, t);
                }
            }
        }
        return sub;
    }

    /** Computed once, when the projection is built. */
    @Override
    public LinkFigures linkFigures(String linkId) {
        return figures.getOrDefault(linkId, LinkFigures.NONE);
    }
}
