package org.chainmap.analysis.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.chainmap.analysis.feasibility.Feasibility;
import org.chainmap.analysis.gaps.ChainSummary;
import org.chainmap.analysis.gaps.GapAnalysis;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.GapRules;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.LinkNode;
import org.chainmap.analysis.projection.ParkNode;
import org.chainmap.analysis.projection.PipelineStages;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.Tag;

/**
 * Chain-based targets (以链招引, SPEC section 4): the non-local enterprises working in gap links of a chain, one row
 * each for its gap link of highest gapScore, scored {@code wGap·gapScore + wStrength·strength +
 * wProximity·proximity + wPark·parkFit + wPlace·place}, with the weighted terms as parts and the facts behind them as
 * evidence. Sizes and the Adamic–Adar index are normalised over all candidates of the chain, before any filter, so a
 * filter never changes a score; the index is normalised over the candidates it applies to (those with neither a
 * tie nor a two-step path to a local enterprise). See {@link Proximity} for the tiers.
 *
 * <p>On sparse data (no revenues, few ties) the score falls back: size on registered capital, else employees; and,
 * without any tie, proximity on the link graph (the candidate's link feeds or is fed by a covered link) or else on
 * the feasibility of its link ({@link Feasibility}), both marked inferred. Equal scores are ordered by place, then
 * strength, then name, so that the order says something a reader can check.
 *
 * <p>Cost: the proximity of every enterprise once per ranking (linear in the ties); once per chain its gaps and the
 * members of its gap links, scored in constant time each and sorted; per request a pass over them for the filter,
 * and evidence for the page only.
 */
public final class TargetRanking {
    /** The recognitions that add to strength. */
    static final Set<Tag> SCORED_TAGS = EnumSet.of(Tag.HIGH_TECH, Tag.SRDI, Tag.LITTLE_GIANT, Tag.LISTED);

    private final IndustryGraph graph;
    private final TargetWeights config;
    private final GapRules gapRules;
    private final Proximity proximity;
    private final Feasibility feasibility;
    /** The first four digits of the district's division code, or null when unknown. */
    private final String homeCity;
    /** Per enterprise: which size it is measured by, and ln(1 + that size). */
    private final Size[] size;

    private final double[] logSize;
    /** Per enterprise: the share of strength its recognitions give. */
    private final double[] tagTerm;

    private final Map<String, Scored> scored = new ConcurrentHashMap<>();
    /** Per link, {@link #coveredNeighbour}. */
    private final Map<String, java.util.Optional<Evidence>> neighbours = new ConcurrentHashMap<>();

    private volatile TargetsAcrossChains acrossChains;

    /**
     * Computes once, for all the chains ranked with it, the proximity of every enterprise of the graph and the parts
     * of its strength that do not depend on the other candidates.
     */
    public TargetRanking(IndustryGraph graph, TargetWeights config, GapRules gapRules) {
        this.gapRules = gapRules;
        this.graph = graph;
        this.config = config;
        this.proximity = new Proximity(graph);
        this.feasibility = Feasibility.of(graph);
        this.homeCity = config.homeCity() != null ? config.homeCity() : mostLocalCity(graph);
        int n = graph.tieGraph().vertices();
        this.size = new Size[n];
        this.logSize = new double[n];
        this.tagTerm = new double[n];
        IntStream.range(0, n).parallel().forEach(v -> {
            EnterpriseNode e = graph.enterpriseAt(v);
            size[v] = Size.of(e);
            logSize[v] = size[v] == Size.NONE ? 0 : Math.log1p(size[v].value(e));
            tagTerm[v] = Math.min(
                    1.0,
                    config.perTag()
                            * e.tags().stream().filter(SCORED_TAGS::contains).count());
        });
    }

    /** What a target's size is measured by: the first of these it has a value for. */
    enum Size {
        REVENUE,
        CAPITAL,
        EMPLOYEES,
        NONE;

        static Size of(EnterpriseNode e) {
            if (e.revenue() != null) {
                return REVENUE;
            }
            if (e.registeredCapital() != null) {
                return CAPITAL;
            }
            return e.employees() != null ? EMPLOYEES : NONE;
        }

        double value(EnterpriseNode e) {
            return switch (this) {
                case REVENUE -> Math.max(0, e.revenue());
                case CAPITAL -> Math.max(0, e.registeredCapital());
                case EMPLOYEES -> Math.max(0, e.employees());
                case NONE -> 0;
            };
        }
    }

    private static final List<Size> MEASURED = List.of(Size.REVENUE, Size.CAPITAL, Size.EMPLOYEES);

    /** Where a target's proximity comes from, closest first. */
    enum Reach {
        DIRECT,
        TWO_HOP,
        ADAMIC_ADAR,
        STRUCTURAL,
        FEASIBILITY;

        boolean inferred() {
            return this.compareTo(ADAMIC_ADAR) >= 0;
        }
    }

    /** The city (first four digits of the division code) most local enterprises are registered in, or null. */
    static String mostLocalCity(IndustryGraph graph) {
        Map<String, Integer> count = new java.util.HashMap<>();
        for (int v = 0; v < graph.tieGraph().vertices(); v++) {
            String division = graph.isLocal(v) ? graph.enterpriseAt(v).division() : null;
            if (division != null) {
                count.merge(division.substring(0, 4), 1, Integer::sum);
            }
        }
        return count.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    /** All the candidates of the chain that {@code filter} lets through, in the ranking's order. */
    public List<TargetRow> rank(String chainId, TargetFilter filter) {
        return rank(chainId, filter, 0, Integer.MAX_VALUE, graph.pipelineStages())
                .targets();
    }

    /**
     * A page of the candidates of the chain that {@code filter} lets through, by score descending, then credit
     * code. The rows, with their evidence, are made for the page only.
     */
    public TargetReport rank(String chainId, TargetFilter filter, Page page) {
        return rank(chainId, filter, page, graph.pipelineStages());
    }

    /** As {@link #rank(String, TargetFilter, Page)}, each row showing the stage {@code stages} gives its target. */
    public TargetReport rank(String chainId, TargetFilter filter, Page page, PipelineStages stages) {
        return rank(chainId, filter, page.offset(), page.limit(), stages);
    }

    /** Every chain's targets in one list (SPEC section 15), made once per ranking when first asked for. */
    public TargetsAcrossChains acrossChains() {
        TargetsAcrossChains all = acrossChains;
        if (all == null) {
            synchronized (this) {
                if (acrossChains == null) {
                    acrossChains = new TargetsAcrossChains(this, graph);
                }
                all = acrossChains;
            }
        }
        return all;
    }

    /** The chain's candidates in the ranking's order. */
    List<Candidate> ranked(String chainId) {
        return scoredOf(chainId).byScore();
    }

    boolean matches(TargetFilter filter, Candidate c) {
        return filter.matches(c.best, c.others, graph.enterpriseAt(c.index));
    }

    ChainSummary chainOf(String chainId) {
        return scoredOf(chainId).gaps().chain();
    }

    /** The row of one candidate of the chain, its evidence made now. */
    TargetRow row(String chainId, Candidate c, PipelineStages stages) {
        return row(graph.enterpriseAt(c.index), c, scoredOf(chainId).parkEvidence(), stages);
    }

    private Scored scoredOf(String chainId) {
        return scored.computeIfAbsent(chainId, id -> numbered(score(id)));
    }

    private TargetReport rank(String chainId, TargetFilter filter, int offset, int limit, PipelineStages stages) {
        Scored chain = scoredOf(chainId);
        List<TargetRow> rows = new ArrayList<>();
        long end = (long) offset + limit;
        int total = 0;
        for (Candidate c : chain.byScore()) {
            if (!matches(filter, c)) {
                continue;
            }
            if (total >= offset && total < end) {
                rows.add(row(graph.enterpriseAt(c.index), c, chain.parkEvidence(), stages));
            }
            total++;
        }
        return new TargetReport(chain.gaps().chain(), rows, total, limit, offset);
    }

    /**
     * The candidates of a chain, scored and sorted. Scores do not depend on the filter (revenue and the index are
     * normalised over all candidates), so this is made once per chain and every filter and page picks from it.
     */
    private record Scored(GapReport gaps, List<Candidate> byScore, List<Evidence> parkEvidence) {}

    private Scored score(String chainId) {
        GapReport gaps = new GapAnalysis(graph, gapRules).of(chainId);
        List<Candidate> candidates = candidates(gaps);
        double[] maxLogSize = new double[Size.values().length];
        double maxAdamicAdar = 0;
        for (Candidate c : candidates) {
            maxAdamicAdar = Math.max(maxAdamicAdar, proximity.adamicAdar(c.index));
            EnterpriseNode e = graph.enterpriseAt(c.index);
            // each size is normalised over the candidates that have it, whether or not it is the one they are
            // measured by
            for (Size s : MEASURED) {
                if (hasSize(e, s)) {
                    maxLogSize[s.ordinal()] = Math.max(maxLogSize[s.ordinal()], Math.log1p(s.value(e)));
                }
            }
        }
        List<ParkNode> parks = parksWithRoom(chainId);
        for (Candidate c : candidates) {
            c.parts = parts(c, maxLogSize, maxAdamicAdar, parks);
        }
        candidates.sort(order());
        List<Evidence> parkEvidence = parks.stream()
                .map(p -> Evidence.park(p.id(), p.name(), p.freeUnits(), p.freeFloorAreaSqm()))
                .toList();
        return new Scored(gaps, List.copyOf(candidates), parkEvidence);
    }

    /** The ranking's order: score, then place, then strength, then name, then credit code. */
    Comparator<Candidate> order() {
        return Comparator.comparingDouble((Candidate c) -> -c.parts.sum())
                .thenComparingDouble(c -> -c.place.value)
                .thenComparingDouble(c -> -c.strength)
                .thenComparing(c -> graph.enterpriseAt(c.index).name())
                .thenComparing(c -> graph.enterpriseAt(c.index).uscc());
    }

    /** A non-local enterprise in gap links of the chain: its best gap link and the others, best first. */
    static final class Candidate {
        final int index;
        final LinkGap best;
        List<LinkGap> others = List.of();
        Parts parts;
        Reach reach;
        Places.Tier place;
        /** Strength before its weight, so that it orders equal scores even where it weighs nothing. */
        double strength;
        /** Its place in the chain's ranking, from 1, before any filter. */
        int rank;

        Candidate(int index, LinkGap best) {
            this.index = index;
            this.best = best;
        }

        void add(LinkGap link) {
            if (others.isEmpty()) {
                others = new ArrayList<>(2);
            }
            others.add(link);
        }
    }

    /** The chain's candidates numbered in their order, from 1: the rank a row shows, whatever filter or page. */
    private static Scored numbered(Scored chain) {
        for (int i = 0; i < chain.byScore().size(); i++) {
            chain.byScore().get(i).rank = i + 1;
        }
        return chain;
    }

    /** Non-local enterprises in gap links, in the order first met; their gap links in the report's order. */
    private List<Candidate> candidates(GapReport gaps) {
        Candidate[] byIndex = new Candidate[graph.tieGraph().vertices()];
        List<int[]> members = new ArrayList<>();
        for (LinkGap link : gaps.links()) {
            members.add(link.status().isGap() ? graph.memberIndexes(link.linkId()) : new int[0]);
        }
        List<Candidate> candidates =
                new ArrayList<>(members.stream().mapToInt(m -> m.length).sum());
        for (int l = 0; l < gaps.links().size(); l++) {
            LinkGap link = gaps.links().get(l);
            for (int v : members.get(l)) {
                if (graph.isLocal(v)) {
                    continue;
                }
                if (byIndex[v] == null) {
                    byIndex[v] = new Candidate(v, link);
                    candidates.add(byIndex[v]);
                } else {
                    byIndex[v].add(link);
                }
            }
        }
        return candidates;
    }

    private static boolean hasSize(EnterpriseNode e, Size s) {
        return switch (s) {
            case REVENUE -> e.revenue() != null;
            case CAPITAL -> e.registeredCapital() != null;
            case EMPLOYEES -> e.employees() != null;
            case NONE -> false;
        };
    }

    private Parts parts(Candidate c, double[] maxLogSize, double maxAdamicAdar, List<ParkNode> parks) {
        Size measure = size[c.index];
        double largest = measure == Size.NONE ? 0 : maxLogSize[measure.ordinal()];
        double sizeTerm = largest == 0 ? 0 : logSize[c.index] / largest;
        double strength = config.revenueShare() * sizeTerm + (1 - config.revenueShare()) * tagTerm[c.index];
        c.strength = strength;
        String link = c.best.linkId();
        double adamicAdar = proximity.adamicAdar(c.index);
        c.reach = switch (proximity.tier(c.index)) {
            case DIRECT -> Reach.DIRECT;
            case TWO_HOP -> Reach.TWO_HOP;
            case INFERRED -> {
                if (adamicAdar > 0 && maxAdamicAdar > 0) {
                    yield Reach.ADAMIC_ADAR;
                }
                yield coveredNeighbour(link) != null ? Reach.STRUCTURAL : Reach.FEASIBILITY;
            }
        };
        double proximityValue = switch (c.reach) {
            case DIRECT -> 1.0;
            case TWO_HOP -> config.twoHopProximity();
            case ADAMIC_ADAR -> config.inferredProximity() * adamicAdar / maxAdamicAdar;
            case STRUCTURAL -> config.structuralProximity();
            case FEASIBILITY -> config.feasibilityProximity() * feasibility.of(link);
        };
        EnterpriseNode e = graph.enterpriseAt(c.index);
        c.place = Places.tier(homeCity, e.division(), e.region());
        double parkFit = parks.isEmpty() ? 0 : 1;
        return new Parts(
                config.weightGap() * c.best.gapScore(),
                config.weightStrength() * strength,
                config.weightProximity() * proximityValue,
                config.weightPark() * parkFit,
                config.weightPlace() * c.place.value);
    }

    /**
     * A covered link (of any chain) that the link feeds or is fed by, with the way it is joined: those it feeds
     * first, then by id; null when there is none. Found once per link: every candidate of the link asks.
     */
    private Evidence coveredNeighbour(String linkId) {
        return neighbours
                .computeIfAbsent(linkId, l -> java.util.Optional.ofNullable(findCoveredNeighbour(l)))
                .orElse(null);
    }

    private Evidence findCoveredNeighbour(String linkId) {
        var flows = graph.flows();
        if (!flows.containsVertex(linkId)) {
            return null;
        }
        Evidence found = null;
        String foundId = null;
        for (var edge : flows.outgoingEdgesOf(linkId)) {
            String to = flows.getEdgeTarget(edge);
            if (feasibility.covered(to) && (foundId == null || to.compareTo(foundId) < 0)) {
                foundId = to;
                found = Evidence.structural(named(linkId), named(to), Evidence.Flow.FEEDS);
            }
        }
        if (found != null) {
            return found;
        }
        for (var edge : flows.incomingEdgesOf(linkId)) {
            String from = flows.getEdgeSource(edge);
            if (feasibility.covered(from) && (foundId == null || from.compareTo(foundId) < 0)) {
                foundId = from;
                found = Evidence.structural(named(linkId), named(from), Evidence.Flow.FED_BY);
            }
        }
        return found;
    }

    private Evidence.Named named(String linkId) {
        return new Evidence.Named(linkId, graph.link(linkId).map(LinkNode::name).orElse(linkId));
    }

    private TargetRow row(EnterpriseNode e, Candidate c, List<Evidence> parkEvidence, PipelineStages stages) {
        List<Evidence> reach = proximity.of(c.index).evidence();
        List<Evidence> evidence = new ArrayList<>(reach.size() + parkEvidence.size() + 4);
        evidence.addAll(reach);
        if (c.reach == Reach.STRUCTURAL) {
            evidence.add(coveredNeighbour(c.best.linkId()));
        } else if (c.reach == Reach.FEASIBILITY) {
            evidence.add(Evidence.feasibility(named(c.best.linkId()), feasibility.of(c.best.linkId())));
        }
        switch (size[c.index]) {
            case REVENUE -> evidence.add(Evidence.revenue(e.revenue()));
            case CAPITAL -> evidence.add(Evidence.capital(e.registeredCapital()));
            case EMPLOYEES -> evidence.add(Evidence.employees(e.employees()));
            case NONE -> {}
        }
        if (c.place != Places.Tier.FURTHER) {
            evidence.add(Evidence.place(c.place, e.division()));
        }
        if (!e.tags().isEmpty()) {
            evidence.add(Evidence.tags(e.tags().stream().sorted().toList()));
        }
        evidence.addAll(parkEvidence);
        ProjectStage stage = stages.of(e.uscc()).orElse(null);
        if (stage != null) {
            evidence.add(Evidence.pipeline(stage));
        }
        List<String> others = c.others.stream().map(LinkGap::linkId).toList();
        return new TargetRow(
                c.rank,
                e.uscc(),
                e.name(),
                e.region(),
                c.best.linkId(),
                c.best.name(),
                c.best.nameEn(),
                graph.isInferredMember(c.best.linkId(), c.index),
                c.best.action(),
                c.parts.sum(),
                c.parts,
                others,
                stage,
                c.reach.inferred() ? List.of("proximity") : List.of(),
                evidence);
    }

    /** Parks focusing on the chain with room (free floor area where known, else free units), by id. */
    private List<ParkNode> parksWithRoom(String chainId) {
        return graph.parks().stream()
                .filter(p -> p.focusChains().contains(chainId) && p.hasRoom())
                .sorted(Comparator.comparing(ParkNode::id))
                .toList();
    }
}
