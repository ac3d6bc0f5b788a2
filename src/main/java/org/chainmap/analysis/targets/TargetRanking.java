package org.chainmap.analysis.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.ParkNode;
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
 * <p>Cost: the members of the gap links, plus per candidate the cost of {@link Proximity}; then a sort.
 */
public final class TargetRanking {
    /** The recognitions that add to strength. */
    static final Set<Tag> SCORED_TAGS = EnumSet.of(Tag.HIGH_TECH, Tag.SRDI, Tag.LITTLE_GIANT, Tag.LISTED);

    private final IndustryGraph graph;
    private final AnalysisConfig config;

    public TargetRanking(IndustryGraph graph, AnalysisConfig config) {
        this.graph = graph;
        this.config = config;
    }

    /** The candidates of the chain that {@code filter} lets through, by score descending, then credit code. */
    public List<TargetRow> rank(GapReport gaps, TargetFilter filter) {
        Map<String, List<LinkGap>> candidates = candidates(gaps);
        Proximity proximity = new Proximity(graph);
        Map<String, Proximity.Reach> reach = new HashMap<>();
        double maxLogRevenue = 0;
        double maxAdamicAdar = 0;
        for (String uscc : candidates.keySet()) {
            Proximity.Reach r = proximity.of(uscc);
            reach.put(uscc, r);
            maxAdamicAdar = Math.max(maxAdamicAdar, r.adamicAdar());
            Double revenue = graph.enterpriseOf(uscc).revenue();
            maxLogRevenue = Math.max(maxLogRevenue, revenue == null ? 0 : Math.log1p(revenue));
        }
        List<ParkNode> parks = parksWithRoom(gaps.chain().id());
        List<TargetRow> rows = new ArrayList<>();
        for (var entry : candidates.entrySet()) {
            EnterpriseNode e = graph.enterpriseOf(entry.getKey());
            TargetRow row = row(e, entry.getValue(), reach.get(e.uscc()), maxLogRevenue, maxAdamicAdar, parks);
            if (filter.matches(row, e)) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingDouble(TargetRow::score).reversed().thenComparing(TargetRow::uscc));
        return rows;
    }

    /** Non-local enterprises in gap links, each with its gap links in the report's order (best first). */
    private Map<String, List<LinkGap>> candidates(GapReport gaps) {
        Map<String, List<LinkGap>> candidates = new LinkedHashMap<>();
        for (LinkGap link : gaps.links()) {
            if (link.status().isGap()) {
                for (String uscc : graph.membersOf(link.linkId())) {
                    if (!graph.isLocal(uscc)) {
                        candidates.computeIfAbsent(uscc, k -> new ArrayList<>()).add(link);
                    }
                }
            }
        }
        return candidates;
    }

    private TargetRow row(EnterpriseNode e, List<LinkGap> links, Proximity.Reach reach, double maxLogRevenue,
            double maxAdamicAdar, List<ParkNode> parks) {
        LinkGap best = links.getFirst();
        List<Evidence> evidence = new ArrayList<>(reach.evidence());
        double revenueTerm = e.revenue() == null || maxLogRevenue == 0 ? 0 : Math.log1p(e.revenue()) / maxLogRevenue;
        double tagTerm = Math.min(1.0, config.perTag() * e.tags().stream().filter(SCORED_TAGS::contains).count());
        double strength = config.revenueShare() * revenueTerm + (1 - config.revenueShare()) * tagTerm;
        double proximityValue = switch (reach.tier()) {
            case DIRECT -> 1.0;
            case TWO_HOP -> config.twoHopProximity();
            case INFERRED -> maxAdamicAdar == 0 ? 0 : config.inferredProximity() * reach.adamicAdar() / maxAdamicAdar;
        };
        double parkFit = parks.isEmpty() ? 0 : 1;
        Parts parts = new Parts(
                config.weightGap() * best.gapScore(),
                config.weightStrength() * strength,
                config.weightProximity() * proximityValue,
                config.weightPark() * parkFit);
        if (e.revenue() != null) {
            evidence.add(Evidence.observed(Kind.REVENUE,
                    String.format(Locale.ROOT, "revenue %,.0f 万元", e.revenue()), "enterprise record"));
        }
        if (!e.tags().isEmpty()) {
            String tags = e.tags().stream().sorted().map(t -> t.name() + " " + t.zh()).collect(Collectors.joining(", "));
            evidence.add(Evidence.observed(Kind.TAGS, "recognised: " + tags, "enterprise record"));
        }
        for (ParkNode p : parks) {
            evidence.add(Evidence.observed(Kind.PARK, "park " + p.name() + " (" + p.id() + ") focuses on the chain and has "
                    + p.freeUnits() + " free unit(s)", "park record"));
        }
        ProjectStage stage = graph.pipelineStage(e.uscc()).orElse(null);
        if (stage != null) {
            evidence.add(Evidence.observed(Kind.PIPELINE, "invests in a project at stage " + stage + " " + stage.zh(),
                    "project record"));
        }
        List<String> others = links.subList(1, links.size()).stream().map(LinkGap::linkId).toList();
        return new TargetRow(e.uscc(), e.name(), e.region(), best.linkId(), best.name(), best.action(), parts.sum(),
                parts, others, stage, evidence);
    }

    /** Parks focusing on the chain with free units, by id. */
    private List<ParkNode> parksWithRoom(String chainId) {
        return graph.parks().stream()
                .filter(p -> p.focusChains().contains(chainId) && p.freeUnits() > 0)
                .sorted(Comparator.comparing(ParkNode::id))
                .toList();
    }
}
