package org.chainmap.analysis;

import java.util.ArrayList;
import java.util.List;
import org.chainmap.analysis.feasibility.Feasibility;
import org.chainmap.analysis.feasibility.FeasibilityReport;
import org.chainmap.analysis.gaps.AllGaps;
import org.chainmap.analysis.gaps.GapAnalysis;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.projection.ChainNode;
import org.chainmap.analysis.projection.ChainSkeleton;
import org.chainmap.analysis.projection.GapProjection;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.PipelineStages;
import org.chainmap.analysis.projection.ProjectionCache;
import org.chainmap.analysis.projection.ProjectionReader;
import org.chainmap.analysis.projection.ProjectionSnapshots;
import org.chainmap.analysis.projection.ProjectionSource;
import org.chainmap.analysis.referrals.ReferralFinder;
import org.chainmap.analysis.referrals.ReferralReport;
import org.chainmap.analysis.referrals.ReferrerReport;
import org.chainmap.analysis.resilience.ChainRelocation;
import org.chainmap.analysis.resilience.ResilienceAnalysis;
import org.chainmap.analysis.resilience.ResilienceReport;
import org.chainmap.analysis.targets.AllTargets;
import org.chainmap.analysis.targets.Page;
import org.chainmap.analysis.targets.TargetFilter;
import org.chainmap.analysis.targets.TargetRanking;
import org.chainmap.analysis.targets.TargetReport;
import org.chainmap.analysis.targets.TargetRow;
import org.chainmap.analysis.targets.TargetsAcrossChains;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.NotFoundException;
import org.chainmap.store.Store;

/**
 * The analyses of SPEC section 4 as the CLI and the API ask for them. Each call takes the current projection (read
 * again from Neo4j only when the graph's version changed) and answers a response record whose JSON is the spec's
 * document. The gap analysis reads a projection of its own, summed in Neo4j and small whatever the number of
 * enterprises ({@link ProjectionReader#readForGaps()}); targets, referrals and resilience the full one, read the
 * first time one of them is asked for. Unknown chains and enterprises raise {@link NotFoundException}. Thread-safe.
 */
public final class AnalysisService {
    private final ProjectionSource<? extends ChainSkeleton> gapProjections;
    private final ProjectionSource<IndustryGraph> projections;
    private final AnalysisConfig config;
    /** Referrals need the gaps of every chain. */
    private final PerProjection<IndustryGraph, AllGaps> allGaps;
    /** The ranking holds the proximity of every enterprise. */
    private final PerProjection<IndustryGraph, TargetRanking> rankings;
    /** The feasibility of every link, which the gap rows carry. */
    private final PerProjection<ChainSkeleton, Feasibility> feasibility;
    /** The furthest stage of each investor's projects, read when a page of targets is made. */
    private final java.util.function.Supplier<PipelineStages> stages;
    /** The full projection {@link #prepare()} last did its work on. */
    private volatile IndustryGraph prepared;

    /** @param projections the full projection, for every analysis */
    public AnalysisService(ProjectionSource<IndustryGraph> projections, AnalysisConfig config) {
        this(projections, projections, config);
    }

    /**
     * @param gapProjections a projection the gap analysis can run on (the gaps-only one or the full one)
     * @param projections the full projection, for the other analyses
     */
    public AnalysisService(
            ProjectionSource<? extends ChainSkeleton> gapProjections,
            ProjectionSource<IndustryGraph> projections,
            AnalysisConfig config) {
        this(gapProjections, projections, () -> projections.current().pipelineStages(), config);
    }

    /**
     * @param stages the pipeline stages of the investors as they are now: the workbench changes them without
     *     changing the projections
     */
    public AnalysisService(
            ProjectionSource<? extends ChainSkeleton> gapProjections,
            ProjectionSource<IndustryGraph> projections,
            java.util.function.Supplier<PipelineStages> stages,
            AnalysisConfig config) {
        this.stages = stages;
        this.gapProjections = gapProjections;
        this.projections = projections;
        this.config = config;
        this.allGaps = new PerProjection<>(graph -> new GapAnalysis(graph, config.gaps()).all());
        this.rankings = new PerProjection<>(graph -> new TargetRanking(graph, config.targets(), config.gaps()));
        this.feasibility = new PerProjection<>(Feasibility::of);
    }

    /**
     * Reads from the store, caching each projection until the graph's version changes; the full one is also kept on
     * disk ({@link Store#cacheFolder()}), so that a new process finds it there while the graph stays as it was.
     */
    public static AnalysisService over(Store store, AnalysisConfig config) {
        var reader =
                new ProjectionReader(store, config.includeInferredLinks(), ProjectionSnapshots.in(store.cacheFolder()));
        ProjectionCache<IndustryGraph> full = ProjectionCache.of(reader);
        ProjectionCache<GapProjection> gapsOnly = ProjectionCache.forGaps(reader);
        // the gap analysis gives the same rows on either projection: the full one when it is at hand or kept on disk
        ProjectionSource<ChainSkeleton> gaps = () -> {
            long now = reader.version();
            IndustryGraph held = full.cachedAt(now);
            if (held != null) {
                return held;
            }
            return gapsOnly.cachedAt(now) == null && reader.kept() ? full.currentAt(now) : gapsOnly.currentAt(now);
        };
        return new AnalysisService(gaps, full, reader::readPipelineStages, config);
    }

    public AnalysisConfig config() {
        return config;
    }

    public GapReport gaps(String chainId) {
        ChainSkeleton graph = gapProjections.current();
        requireChain(graph, chainId);
        return gapAnalysis(graph).of(chainId);
    }

    public AllGaps gapsAll() {
        return gapAnalysis(gapProjections.current()).all();
    }

    /** The gap analysis on the projection, with the feasibility of its links computed once per projection. */
    private GapAnalysis gapAnalysis(ChainSkeleton graph) {
        return new GapAnalysis(graph, config.gaps(), feasibility.of(graph));
    }

    /**
     * Every link of the chain with its feasibility and the covered links that contribute most to it, on the
     * projection of the gap analysis (whose rows carry the same figures).
     */
    public FeasibilityReport feasibility(String chainId) {
        ChainSkeleton graph = gapProjections.current();
        requireChain(graph, chainId);
        return FeasibilityReport.of(graph, feasibility.of(graph), chainId);
    }

    /**
     * The full projection as it is now (read again from Neo4j only when the graph's version changed): what the
     * simulator changes by one enterprise to run the analyses on.
     */
    public IndustryGraph projection() {
        return projections.current();
    }

    public TargetReport targets(String chainId, TargetFilter filter, Page page) {
        IndustryGraph graph = projections.current();
        requireChain(graph, chainId);
        return rankings.of(graph).rank(chainId, filter, page, stages.get());
    }

    /**
     * Every target of the chain that {@code filter} lets through, in one report (a download of all of them), made
     * {@value Page#MAX_LIMIT} rows at a time.
     */
    public TargetReport targets(String chainId, TargetFilter filter) {
        IndustryGraph graph = projections.current();
        requireChain(graph, chainId);
        TargetRanking ranking = rankings.of(graph);
        PipelineStages now = stages.get();
        List<TargetRow> rows = new ArrayList<>();
        TargetReport page;
        do {
            page = ranking.rank(chainId, filter, new Page(Page.MAX_LIMIT, rows.size()), now);
            rows.addAll(page.targets());
        } while (!page.targets().isEmpty() && rows.size() < page.total());
        return new TargetReport(page.chain(), rows, rows.size(), Math.max(1, rows.size()), 0);
    }

    /** A page of every chain's targets in one list, or of one chain's when {@code chainId} is not null. */
    public AllTargets targetsAcrossChains(String chainId, TargetFilter filter, Page page) {
        return acrossChains(chainId).rank(chainId, filter, page, stages.get());
    }

    /**
     * Every row of {@link #targetsAcrossChains(String, TargetFilter, Page)} in one list (a download of them all),
     * made {@value Page#MAX_LIMIT} rows at a time from one projection and one reading of the pipeline's stages.
     */
    public AllTargets targetsAcrossChains(String chainId, TargetFilter filter) {
        TargetsAcrossChains all = acrossChains(chainId);
        PipelineStages now = stages.get();
        List<AllTargets.Row> rows = new ArrayList<>();
        AllTargets page;
        do {
            page = all.rank(chainId, filter, new Page(Page.MAX_LIMIT, rows.size()), now);
            rows.addAll(page.targets());
        } while (!page.targets().isEmpty() && rows.size() < page.total());
        return new AllTargets(chainId, rows, rows.size(), Math.max(1, rows.size()), 0);
    }

    private TargetsAcrossChains acrossChains(String chainId) {
        IndustryGraph graph = projections.current();
        if (chainId != null) {
            requireChain(graph, chainId);
        }
        return rankings.of(graph).acrossChains();
    }

    /**
     * Reads the current projections, the gaps-only one and the full one, and does the work the first requests after
     * a start or an import would wait for: the proximity of every enterprise, each chain's ranked targets and the gaps
     * referrals need. When the graph has not changed since the last call, it only reads the version.
     */
    public void prepare() {
        feasibility.of(gapProjections.current());
        IndustryGraph graph = projections.current();
        if (graph == prepared) {
            return;
        }
        TargetRanking ranking = rankings.of(graph);
        allGaps.of(graph).chains().parallelStream()
                .forEach(c -> ranking.rank(c.chain().id(), TargetFilter.NONE, Page.FIRST));
        ranking.acrossChains();
        prepared = graph;
    }

    public ReferralReport referrals(String uscc) {
        IndustryGraph graph = projections.current();
        requireEnterprise(graph, uscc);
        return referralFinder(graph).referrals(uscc);
    }

    public ReferrerReport referrers(String uscc) {
        IndustryGraph graph = projections.current();
        requireEnterprise(graph, uscc);
        return referralFinder(graph).referrers(uscc);
    }

    /** @param uscc an enterprise whose relocation impact is wanted too, or {@code null} */
    public ResilienceReport resilience(String chainId, String uscc) {
        IndustryGraph graph = projections.current();
        requireChain(graph, chainId);
        var analysis = new ResilienceAnalysis(graph, config.resilience());
        ResilienceReport report = analysis.of(chainId);
        if (uscc == null) {
            return report;
        }
        requireEnterprise(graph, uscc);
        return report.withRelocation(analysis.relocation(chainId, uscc));
    }

    /**
     * What the local enterprises of each chain the enterprise works in would lose if it left: the relocation
     * impact of the resilience analysis, chain by chain (by chain id).
     */
    public List<ChainRelocation> relocationImpact(String uscc) {
        IndustryGraph graph = projections.current();
        requireEnterprise(graph, uscc);
        var analysis = new ResilienceAnalysis(graph, config.resilience());
        java.util.SortedSet<String> chains = new java.util.TreeSet<>();
        for (String linkId : graph.linksOf(uscc)) {
            graph.link(linkId).ifPresent(l -> chains.add(l.chainId()));
        }
        List<ChainRelocation> impact = new java.util.ArrayList<>();
        for (String chainId : chains) {
            ChainNode chain = graph.chain(chainId).orElseThrow();
            impact.add(new ChainRelocation(
                    new ChainRef(chain.id(), chain.name(), chain.nameEn()),
                    analysis.relocation(chainId, uscc).losses()));
        }
        return impact;
    }

    private ReferralFinder referralFinder(IndustryGraph graph) {
        return new ReferralFinder(graph, allGaps.of(graph), config.referrals());
    }

    private static void requireChain(ChainSkeleton graph, String chainId) {
        if (chainId == null || graph.chain(chainId).isEmpty()) {
            throw NotFoundException.chain(chainId);
        }
    }

    private static void requireEnterprise(IndustryGraph graph, String uscc) {
        if (uscc == null || graph.enterprise(uscc).isEmpty()) {
            throw NotFoundException.enterprise(uscc);
        }
    }
}
