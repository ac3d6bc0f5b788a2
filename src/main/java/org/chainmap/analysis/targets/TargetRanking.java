package org.chainmap.analysis.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.chainmap.analysis.gaps.GapAnalysis;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.GapRules;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.ParkNode;
import org.chainmap.analysis.projection.PipelineStages;
import org.chainmap.analysis.targets.Evidence.Kind;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.Tag;

/**
 * Chain-based targets (以链招引, SPEC section 4): the non-local enterprises working in gap links of a chain, one row
 * each for its gap link of highest gapScore, scored {@code wGap·gapScore + wStrength·strength +
 * wProximity·proximity + wPark·parkFit}, with the weighted terms as parts and the facts behind them as evidence.
 * Revenue and the Adamic–Adar index are normalised over all candidates of the chain, before any filter, so a
 * filter never changes a score; the index is normalised over the candidates it applies to (those with neither a
 * tie nor a two-step path to a local enterprise). See {@link Proximity} for the tiers.
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
    /** Per enterprise: ln(1 + revenue), 0 when unknown; the share of strength its recognitions give. */
    private final double[] logRevenue;

    private final double[] tagTerm;
    private final Map<String, Scored> scored = new ConcurrentHashMap<>();

    /**
     * Computes once, for all the chains ranked with it, the proximity of every enterprise of the graph and the parts
     * of its strength that do not depend on the other candidates.
     */
    public TargetRanking(IndustryGraph graph, TargetWeights config, GapRules gapRules) {
        this.gapRules = gapRules;
        this.graph = graph;
        this.config = config;
        this.proximity = new Proximity(graph);
        int n = graph.tieGraph().vertices();
        this.logRevenue = new double[n];
        this.tagTerm = new double[n];
        IntStream.range(0, n).parallel().forEach(v -> {
            EnterpriseNode e = graph.enterpriseAt(v);
            logRevenue[v] = e.revenue() == null ? 0 : Math.log1p(e.revenue());
            tagTerm[v] = Math.min(
                    1.0,
                    config.perTag()
                            * e.tags().stream().filter(SCORED_TAGS::contains).count());
        });
    }

    /** All the candidates of the chain that {@code filter} lets through, by score descending, then credit code. */
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

    private TargetReport rank(String chainId, TargetFilter filter, int offset, int limit, PipelineStages stages) {
        Scored chain = scored.computeIfAbsent(chainId, id -> numbered(score(id)));
        List<TargetRow> rows = new ArrayList<>();
        long end = (long) offset + limit;
        int total = 0;
        for (Candidate c : chain.byScore()) {
            if (!filter.matches(c.best, c.others, graph.enterpriseAt(c.index))) {
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
        double maxLogRevenue = 0;
        double maxAdamicAdar = 0;
        for (Candidate c : candidates) {
            maxAdamicAdar = Math.max(maxAdamicAdar, proximity.adamicAdar(c.index));
            maxLogRevenue = Math.max(maxLogRevenue, logRevenue[c.index]);
        }
        List<ParkNode> parks = parksWithRoom(chainId);
        for (Candidate c : candidates) {
            c.parts = parts(c, maxLogRevenue, maxAdamicAdar, parks);
        }
        candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.parts.sum())
                .thenComparing(c -> graph.enterpriseAt(c.index).uscc()));
        List<Evidence> parkEvidence = parks.stream()
                .map(p -> Evidence.observed(
                        Kind.PARK,
                        "park " + p.name() + " (" + p.id() + ") focuses on the chain and has " + p.freeUnits()
                                + " free unit(s)",
                        "park record"))
                .toList();
        return new Scored(gaps, List.copyOf(candidates), parkEvidence);
    }

    /** A non-local enterprise in gap links of the chain: its best gap link and the others, best first. */
    private static final class Candidate {
        final int index;
        final LinkGap best;
        List<LinkGap> others = List.of();
        Parts parts;
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

    private Parts parts(Candidate c, double maxLogRevenue, double maxAdamicAdar, List<ParkNode> parks) {
        double revenueTerm = maxLogRevenue == 0 ? 0 : logRevenue[c.index] / maxLogRevenue;
        double strength = config.revenueShare() * revenueTerm + (1 - config.revenueShare()) * tagTerm[c.index];
        double proximityValue = switch (proximity.tier(c.index)) {
            case DIRECT -> 1.0;
            case TWO_HOP -> config.twoHopProximity();
            case INFERRED ->
                maxAdamicAdar == 0 ? 0 : config.inferredProximity() * proximity.adamicAdar(c.index) / maxAdamicAdar;
        };
        double parkFit = parks.isEmpty() ? 0 : 1;
        return new Parts(
                config.weightGap() * c.best.gapScore(),
                config.weightStrength() * strength,
                config.weightProximity() * proximityValue,
                config.weightPark() * parkFit);
    }

    private TargetRow row(EnterpriseNode e, Candidate c, List<Evidence> parkEvidence, PipelineStages stages) {
        List<Evidence> reach = proximity.of(c.index).evidence();
        List<Evidence> evidence = new ArrayList<>(reach.size() + parkEvidence.size() + 3);
        evidence.addAll(reach);
        if (e.revenue() != null) {
            evidence.add(Evidence.observed(
                    Kind.REVENUE, "revenue " + Figures.grouped(e.revenue()) + " 万元", "enterprise record"));
        }
        if (!e.tags().isEmpty()) {
            String tags =
                    e.tags().stream().sorted().map(t -> t.name() + " " + t.zh()).collect(Collectors.joining(", "));
            evidence.add(Evidence.observed(Kind.TAGS, "recognised: " + tags, "enterprise record"));
        }
        evidence.addAll(parkEvidence);
        ProjectStage stage = stages.of(e.uscc()).orElse(null);
        if (stage != null) {
            evidence.add(Evidence.observed(
                    Kind.PIPELINE, "invests in a project at stage " + stage + " " + stage.zh(), "project record"));
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
                c.best.action(),
                c.parts.sum(),
                c.parts,
                others,
                stage,
                evidence);
    }

    /** Parks focusing on the chain with free units, by id. */
    private List<ParkNode> parksWithRoom(String chainId) {
        return graph.parks().stream()
                .filter(p -> p.focusChains().contains(chainId) && p.freeUnits() > 0)
                .sorted(Comparator.comparing(ParkNode::id))
                .toList();
    }
}
