package org.chainmap.analysis.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.chainmap.domain.ProjectStage;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * Collects the parts of an {@link IndustryGraph}. Nodes must be added before the relationships that name them;
 * a relationship naming an unknown node is rejected with {@link IllegalArgumentException}.
 */
public final class IndustryGraphBuilder {
    long version;
    final Map<String, ChainNode> chains = new HashMap<>();
    final Map<String, LinkNode> links = new HashMap<>();
    private final List<String[]> flowList = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    List<EnterpriseNode> enterprises = new ArrayList<>();
    /** Whether the graph built may keep {@code index} itself: the builder is not used after {@link #build()}. */
    boolean handOver;
    /** Link figures already counted from the enterprises and ties given (a snapshot holds them). */
    final Map<String, LinkFigures> counted = new HashMap<>();
    /** In the order added, duplicates and all: {@link IndustryGraph} sorts them once. */
    final Map<String, List<String>> linksOf = new HashMap<>();

    final Map<String, List<String>> membersOf = new HashMap<>();
    /** Per link, its members by number, when given so ({@link #members}). */
    final Map<String, int[]> memberNumbers = new HashMap<>();

    /** Per link, its members whose membership was inferred. */
    final Map<String, List<String>> inferred = new HashMap<>();

    private final TieGraph.Builder ties = new TieGraph.Builder();
    /** The ties already built (read from a snapshot), in place of those added one by one. */
    private TieGraph builtTies;

    final Map<String, Set<String>> leadersOf = new HashMap<>();
    final List<ParkNode> parks = new ArrayList<>();
    final Map<String, ProjectStage> pipeline = new HashMap<>();
    final Map<String, LinkFigures> figures = new HashMap<>();
    /** Per link, per region, memberships of non-local enterprises, read already counted (gaps-only graphs). */
    final Map<String, Map<String, Long>> regions = new HashMap<>();

    boolean gapsOnly;

    IndustryGraphBuilder() {}

    public IndustryGraphBuilder version(long version) {
        this.version = version;
        return this;
    }

    public IndustryGraphBuilder chain(ChainNode chain) {
        chains.put(chain.id(), chain);
        return this;
    }

    public IndustryGraphBuilder link(LinkNode link) {
        known(chains, link.chainId(), "chain");
        links.put(link.id(), link);
        return this;
    }

    /** {@code FEEDS}: the upstream link supplies the downstream one. */
    public IndustryGraphBuilder flow(String from, String to) {
        known(links, from, "link");
        known(links, to, "link");
        flowList.add(new String[] {from, to});
        return this;
    }

    /** An enterprise; added again with the same code, it replaces the first and keeps its number. */
    public IndustryGraphBuilder enterprise(EnterpriseNode enterprise) {
        Integer known = index.putIfAbsent(enterprise.uscc(), enterprises.size());
        if (known == null) {
            enterprises.add(enterprise);
        } else {
            enterprises.set(known, enterprise);
        }
        return this;
    }

    /** The number the enterprise was given when added, -1 when it was not. */
    public int indexOf(String uscc) {
        return index.getOrDefault(uscc, -1);
    }

    /** {@code IN_LINK}: the enterprise works in the link (by a file or a review). */
    public IndustryGraphBuilder worksIn(String uscc, String linkId) {
        known(index, uscc, "enterprise");
        known(links, linkId, "link");
        linksOf.computeIfAbsent(uscc, k -> new ArrayList<>(2)).add(linkId);
        membersOf.computeIfAbsent(linkId, k -> new ArrayList<>()).add(uscc);
        return this;
    }

    /** {@code IN_LINK} as classification inferred it: the enterprise works in the link by the link's rules. */
    public IndustryGraphBuilder worksInByInference(String uscc, String linkId) {
        worksIn(uscc, linkId);
        inferred.computeIfAbsent(linkId, k -> new ArrayList<>()).add(uscc);
        return this;
    }

    public IndustryGraphBuilder tie(SupplyTie tie) {
        known(index, tie.supplier(), "enterprise");
        known(index, tie.customer(), "enterprise");
        return tie(
                indexOf(tie.supplier()),
                indexOf(tie.customer()),
                TieGraph.unboxed(tie.value()),
                TieGraph.unboxed(tie.confidence()),
                tie.source(),
                tie.since());
    }

    /**
     * A tie between the enterprises of those numbers ({@link #indexOf}), without making a {@link SupplyTie}.
     *
     * @param value {@code NaN} when unknown
     * @param confidence in [0, 1], {@code NaN} when unknown
     */
    public IndustryGraphBuilder tie(
            int supplier, int customer, double value, double confidence, String source, String since) {
        if (supplier >= enterprises.size() || customer >= enterprises.size()) {
            throw new IllegalArgumentException("unknown enterprise numbered " + Math.max(supplier, customer));
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
        ties.add(supplier, customer, value, confidence, source, since);
        return this;
    }

    /**
     * The members of a link by number, in the order of their credit codes and without duplicates, with those whose
     * membership was inferred (as a snapshot holds them); a link given so takes no {@link #worksIn}, and once one
     * link is given so, every link is.
     */
    IndustryGraphBuilder members(String linkId, int[] numbers, int[] inferredNumbers) {
        known(links, linkId, "link");
        memberNumbers.put(linkId, numbers);
        for (int v : inferredNumbers) {
            inferred.computeIfAbsent(linkId, k -> new ArrayList<>())
                    .add(enterprises.get(v).uscc());
        }
        return this;
    }

    /**
     * Room for {@code n} enterprises, and the graph built takes the builder's look-up by credit code instead of a copy:
     * for a builder used once, as a snapshot is read.
     */
    IndustryGraphBuilder expectOnce(int n) {
        if (enterprises.isEmpty()) {
            index = HashMap.newHashMap(n);
            enterprises = new ArrayList<>(n);
        }
        handOver = true;
        return this;
    }

    /** The figures of a link as counted from the enterprises and ties given, by {@link LinkFigures#fromTies}. */
    IndustryGraphBuilder countedFigures(String linkId, LinkFigures linkFigures) {
        known(links, linkId, "link");
        counted.put(linkId, linkFigures);
        return this;
    }

    /** The ties of every enterprise added, already built (as a snapshot holds them): no tie may be added as well. */
    IndustryGraphBuilder ties(TieGraph built) {
        builtTies = built;
        return this;
    }

    /** {@code LEADS}: the enterprise is a leader (链主) of the chain. */
    public IndustryGraphBuilder leads(String uscc, String chainId) {
        known(index, uscc, "enterprise");
        known(chains, chainId, "chain");
        leadersOf.computeIfAbsent(chainId, k -> new TreeSet<>()).add(uscc);
        return this;
    }

    public IndustryGraphBuilder park(ParkNode park) {
        parks.add(park);
        return this;
    }

    /**
     * The gap figures of a link, already summed (read from Neo4j); it makes the graph one for the gap analysis only
     * (as {@link ProjectionReader#readForGaps()} reads it): links without figures get {@link LinkFigures#NONE}, and no figures are
     * computed from the enterprises and ties it holds.
     */
    public IndustryGraphBuilder linkFigures(String linkId, LinkFigures linkFigures) {
        known(links, linkId, "link");
        figures.put(linkId, linkFigures);
        gapsOnly = true;
        return this;
    }

    /**
     * How many non-local enterprises of {@code region} work in the link, already counted (read from Neo4j for a
     * gaps-only graph, which has no memberships to count them from).
     */
    public IndustryGraphBuilder linkRegion(String linkId, String region, long count) {
        known(links, linkId, "link");
        regions.computeIfAbsent(linkId, k -> new HashMap<>()).merge(region, count, Long::sum);
        return this;
    }

    /** Marks the graph as one for the gap analysis only, even when it has no link to give figures for. */
    public IndustryGraphBuilder gapsOnly() {
        gapsOnly = true;
        return this;
    }

    /** A project the enterprise invests in has reached {@code stage}; the furthest stage is kept. */
    public IndustryGraphBuilder investorStage(String uscc, ProjectStage stage) {
        known(index, uscc, "enterprise");
        pipeline.merge(uscc, stage, IndustryGraphBuilder::furthest);
        return this;
    }

    /** The further of two stages in pipeline order; {@code DROPPED} only when there is nothing else. */
    static ProjectStage furthest(ProjectStage a, ProjectStage b) {
        if (a == ProjectStage.DROPPED) {
            return b;
        }
        if (b == ProjectStage.DROPPED) {
            return a;
        }
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    public IndustryGraph build() {
        Graph<String, DefaultEdge> flows = new SimpleDirectedGraph<>(DefaultEdge.class);
        links.keySet().forEach(flows::addVertex);
        for (String[] f : flowList) {
            flows.addEdge(f[0], f[1]);
        }
        if (builtTies != null) {
            if (builtTies.vertices() != enterprises.size()
                    || ties.build(enterprises.size()).size() > 0) {
                throw new IllegalStateException("the built ties do not fit the enterprises");
            }
            return new IndustryGraph(this, flows, builtTies);
        }
        return new IndustryGraph(this, flows, ties.build(enterprises.size()));
    }

    private static void known(Map<String, ?> map, String key, String kind) {
        if (!map.containsKey(key)) {
            throw new IllegalArgumentException("unknown " + kind + " '" + key + "'");
        }
    }
}
