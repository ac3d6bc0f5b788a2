package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.chainmap.analysis.feasibility.FeasibilityReport;
import org.chainmap.analysis.gaps.AllGaps;
import org.chainmap.analysis.gaps.ChainSummary;
import org.chainmap.analysis.gaps.GapFilter;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.GapStatus;
import org.chainmap.analysis.resilience.ResilienceReport;
import org.chainmap.analysis.targets.AllTargets;
import org.chainmap.analysis.targets.Page;
import org.chainmap.analysis.targets.TargetFilter;
import org.chainmap.analysis.targets.TargetReport;
import org.chainmap.chains.ChainMap;
import org.chainmap.domain.LinkStage;
import org.chainmap.domain.Tag;
import org.chainmap.export.AnalysisSheets;
import org.chainmap.export.ChainMapGraphMl;
import org.chainmap.export.RecordSheet;
import org.chainmap.export.Tabular;

/** Chains: the list, a chain's map (JSON and GraphML), its gaps (or every chain's), its ranked targets, resilience. */
final class ChainRoutes {
    private final Services services;
    private final AnswerCache cache;
    private final Downloads downloads;

    ChainRoutes(Services services, AnswerCache cache, Downloads downloads) {
        this.services = services;
        this.cache = cache;
        this.downloads = downloads;
    }

    void addTo(RoutesConfig routes) {
        Route.get("/api/v1/chains", "The chains with their link, coverage and leader counts")
                .downloads()
                .returns(ChainList.class)
                .to(routes, this::chains);
        Route.get("/api/v1/chains/{id}/map", "A chain's map: links with gap status and coverage, FEEDS, leaders")
                .path("id", "chain id, e.g. nev")
                .returns(ChainMap.class)
                .to(routes, this::map);
        Route.get("/api/v1/chains/{id}/map.graphml", "A chain's map as GraphML, for Gephi or yEd")
                .path("id", "chain id")
                .produces("application/graphml+xml")
                .to(routes, this::graphMl);
        Route.get("/api/v1/gaps", "Gap analysis of every chain, as `gaps --all`")
                .query("status", "GAP (every link but OK), EXTEND, FILL, STRENGTHEN or OK")
                .query("stage", LinkStage.class, "the links of one stage")
                .query("key", "boolean", false, "true: key links only; false: the others only")
                .downloads()
                .returns(AllGaps.class)
                .to(routes, this::allGaps);
        Route.get("/api/v1/chains/{id}/gaps", "Gap analysis of a chain: coverage, dependency, status, action")
                .path("id", "chain id")
                .query("status", "GAP (every link but OK), EXTEND, FILL, STRENGTHEN or OK")
                .query("stage", LinkStage.class, "the links of one stage")
                .query("key", "boolean", false, "true: key links only; false: the others only")
                .downloads()
                .returns(GapReport.class)
                .to(routes, this::gaps);
        Route.get("/api/v1/chains/{id}/targets", "Ranked targets (以链招引) with the parts of each score")
                .path("id", "chain id")
                .query("link", "only targets working in this gap link")
                .query("region", "text contained in the target's region")
                .query("tag", Tag.class, "only targets holding this recognition")
                .query("action", "only targets whose best gap link is to 延链, 补链 or 强链 (or EXTEND, FILL, STRENGTHEN)")
                .query(
                        "q",
                        "text contained in the target's name or credit code (Latin letters in either case); ranks"
                                + " and scores stay those of the whole chain")
                .paged(Route.WHOLE_DOWNLOAD)
                .downloads()
                .returns(TargetReport.class)
                .to(routes, this::targets);
        Route.get(
                        "/api/v1/targets",
                        "Every chain's ranked targets in one list: one row per enterprise and chain, by score")
                .query("chain", "only the rows of this chain")
                .query("link", "only targets working in this gap link")
                .query("region", "text contained in the target's region")
                .query("tag", Tag.class, "only targets holding this recognition")
                .query("action", "only targets whose best gap link is to 延链, 补链 or 强链 (or EXTEND, FILL, STRENGTHEN)")
                .query("q", "text contained in the target's name or credit code; ranks stay those of each chain")
                .paged(Route.WHOLE_DOWNLOAD)
                .downloads()
                .returns(AllTargets.class)
                .to(routes, this::allTargets);
        Route.get(
                        "/api/v1/feasibility",
                        "Every link of a chain with its feasibility and the five covered links that contribute most")
                .query("chain", "string", true, "chain id")
                .returns(FeasibilityReport.class)
                .to(routes, this::feasibility);
        Route.get("/api/v1/resilience", "Single points of failure and supplier concentration of a chain")
                .query("chain", "string", true, "chain id")
                .query("enterprise", "string", false, "a local enterprise whose relocation impact is wanted")
                .downloads()
                .returns(ResilienceReport.class)
                .to(routes, this::resilience);
    }

    /** One chain of {@code GET /api/v1/chains}; coverage is the share of links with a local enterprise. */
    record ChainRow(
            String id,
            String name,
            String nameEn,
            int links,
            int coveredLinks,
            double coverage,
            int leaders,
            boolean build) {
        static ChainRow of(ChainSummary s) {
            return new ChainRow(
                    s.id(),
                    s.name(),
                    s.nameEn(),
                    s.links(),
                    s.coveredLinks(),
                    s.links() == 0 ? 0 : (double) s.coveredLinks() / s.links(),
                    s.leaders(),
                    s.build());
        }
    }

    record ChainList(List<ChainRow> chains) {}

    private record Chains() implements AnswerCache.Key<ChainList> {}

    private record MapOf(String chain) implements AnswerCache.Key<ChainMap> {}

    private record AllGapsKey() implements AnswerCache.Key<AllGaps> {}

    private record GapsOf(String chain) implements AnswerCache.Key<GapReport> {}

    /** @param page null for every target the filter lets through */
    private record TargetsOf(String chain, TargetFilter filter, Page page) implements AnswerCache.Key<TargetReport> {}

    private record AllTargetsOf(String chain, TargetFilter filter, Page page) implements AnswerCache.Key<AllTargets> {}

    private record FeasibilityOf(String chain) implements AnswerCache.Key<FeasibilityReport> {}

    /** @param enterprise null for the chain alone */
    private record ResilienceOf(String chain, String enterprise) implements AnswerCache.Key<ResilienceReport> {}

    private void chains(Context ctx) {
        ChainList list = cache.get(
                new Chains(),
                () -> new ChainList(services.analysis().gapsAll().chains().stream()
                        .map(r -> ChainRow.of(r.chain()))
                        .toList()));
        downloads.answer(
                ctx, "chains", list, () -> Tabular.of(RecordSheet.of("chains", ChainRow.class, list.chains())));
    }

    private ChainMap chainMap(String id) {
        return cache.get(
                new MapOf(id), () -> services.maps().map(services.analysis().gaps(id)));
    }

    private void map(Context ctx) {
        ctx.json(chainMap(Params.id(ctx, "id")));
    }

    private void graphMl(Context ctx) {
        ChainMap map = chainMap(Params.id(ctx, "id"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChainMapGraphMl.write(map, out);
        ctx.contentType("application/graphml+xml; charset=utf-8");
        ctx.header(
                "Content-Disposition",
                Downloads.attachment("chain-" + map.chain().id() + ".graphml"));
        ctx.result(out.toByteArray());
    }

    private void allGaps(Context ctx) {
        GapFilter filter = gapFilter(ctx);
        AllGaps all = filter.apply(
                cache.get(new AllGapsKey(), () -> services.analysis().gapsAll()));
        downloads.answer(ctx, "gaps", all, () -> AnalysisSheets.gaps(all));
    }

    private void gaps(Context ctx) {
        String id = Params.id(ctx, "id");
        GapFilter filter = gapFilter(ctx);
        GapReport report =
                filter.apply(cache.get(new GapsOf(id), () -> services.analysis().gaps(id)));
        downloads.answer(
                ctx, "gaps-" + report.chain().id(), report.chain().name(), report, () -> AnalysisSheets.gaps(report));
    }

    /** The filters of the gaps page, so that the download holds the rows the page shows. */
    private static GapFilter gapFilter(Context ctx) {
        String status = Params.text(ctx, "status");
        if (status != null
                && !status.equals(GapFilter.GAP)
                && Arrays.stream(GapStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw BadRequest.oneOf(
                    "status",
                    status,
                    List.of("GAP", "EXTEND", "FILL", "STRENGTHEN", "OK"),
                    "must be GAP, EXTEND, FILL, STRENGTHEN or OK, got '" + Params.shown(status) + "'");
        }
        String key = Params.text(ctx, "key");
        return new GapFilter(
                status, Params.enumValue(ctx, "stage", LinkStage.class), key == null ? null : Params.flag(ctx, "key"));
    }

    private static TargetFilter targetFilter(Context ctx) {
        return new TargetFilter(
                Params.queryId(ctx, "link"),
                Params.text(ctx, "region"),
                Params.enumValue(ctx, "tag", Tag.class),
                Params.text(ctx, "action"),
                Params.text(ctx, "q"));
    }

    /** The page asked for; a download holds every row the filters let through ({@code null}) unless it asks for one. */
    private static Page targetPage(Context ctx) {
        return Downloads.wanted(ctx) ? Params.downloadPage(ctx) : Params.page(ctx);
    }

    private void allTargets(Context ctx) {
        String chain = Params.queryId(ctx, "chain");
        TargetFilter filter = targetFilter(ctx);
        Page page = targetPage(ctx);
        AllTargets report = cache.get(
                new AllTargetsOf(chain, filter, page),
                () -> page == null
                        ? services.analysis().targetsAcrossChains(chain, filter)
                        : services.analysis().targetsAcrossChains(chain, filter, page));
        downloads.answer(
                ctx,
                chain == null ? "targets-all" : "targets-all-" + chain,
                report,
                () -> AnalysisSheets.targets(report));
    }

    private void targets(Context ctx) {
        String id = Params.id(ctx, "id");
        TargetFilter filter = targetFilter(ctx);
        Page page = targetPage(ctx);
        TargetReport report = cache.get(
                new TargetsOf(id, filter, page),
                () -> page == null
                        ? services.analysis().targets(id, filter)
                        : services.analysis().targets(id, filter, page));
        downloads.answer(
                ctx,
                "targets-" + report.chain().id(),
                report.chain().name(),
                report,
                () -> AnalysisSheets.targets(report));
    }

    private void feasibility(Context ctx) {
        String chain = Params.queryId(ctx, "chain");
        if (chain == null) {
            throw BadRequest.required("chain", "is required");
        }
        ctx.json(cache.get(new FeasibilityOf(chain), () -> services.analysis().feasibility(chain)));
    }

    private void resilience(Context ctx) {
        String chain = Params.queryId(ctx, "chain");
        if (chain == null) {
            throw BadRequest.required("chain", "is required");
        }
        String enterprise = Params.text(ctx, "enterprise");
        String uscc = enterprise == null ? null : Params.uscc("enterprise", enterprise);
        ResilienceReport report = cache.get(
                new ResilienceOf(chain, uscc), () -> services.analysis().resilience(chain, uscc));
        downloads.answer(
                ctx, "resilience-" + chain, report.chain().name(), report, () -> AnalysisSheets.resilience(report));
    }
}
