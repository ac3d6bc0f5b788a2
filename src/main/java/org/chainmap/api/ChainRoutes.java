package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.chainmap.analysis.gaps.ChainSummary;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.targets.TargetFilter;
import org.chainmap.analysis.targets.TargetReport;
import org.chainmap.domain.Tag;
import org.chainmap.export.AnalysisSheets;

/** Chains: the list, a chain's map, its gaps and its ranked targets, and resilience. */
final class ChainRoutes {
    private final Services services;

    ChainRoutes(Services services) {
        this.services = services;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/v1/chains", this::chains);
        routes.get("/api/v1/chains/{id}/map", this::map);
        routes.get("/api/v1/chains/{id}/gaps", this::gaps);
        routes.get("/api/v1/chains/{id}/targets", this::targets);
        routes.get("/api/v1/resilience", this::resilience);
    }

    /** One chain of {@code GET /api/v1/chains}; coverage is the share of links with a local enterprise. */
    record ChainRow(String id, String name, int links, int coveredLinks, double coverage, int leaders, boolean build) {
        static ChainRow of(ChainSummary s) {
            return new ChainRow(s.id(), s.name(), s.links(), s.coveredLinks(),
                    s.links() == 0 ? 0 : (double) s.coveredLinks() / s.links(), s.leaders(), s.build());
        }
    }

    record ChainList(List<ChainRow> chains) {}

    private void chains(Context ctx) {
        ctx.json(new ChainList(services.analysis().gapsAll().chains().stream()
                .map(r -> ChainRow.of(r.chain()))
                .toList()));
    }

    private void map(Context ctx) {
        ctx.json(services.maps().map(services.analysis().gaps(ctx.pathParam("id"))));
    }

    private void gaps(Context ctx) {
        GapReport report = services.analysis().gaps(ctx.pathParam("id"));
        Downloads.answer(ctx, "gaps-" + report.chain().id(), report, () -> AnalysisSheets.gaps(report));
    }

    private void targets(Context ctx) {
        var filter = new TargetFilter(Params.text(ctx, "link"), Params.text(ctx, "region"),
                Params.enumValue(ctx, "tag", Tag.class));
        TargetReport report = services.analysis().targets(ctx.pathParam("id"), filter, Params.page(ctx));
        Downloads.answer(ctx, "targets-" + report.chain().id(), report, () -> AnalysisSheets.targets(report));
    }

    private void resilience(Context ctx) {
        String chain = Params.text(ctx, "chain");
        if (chain == null) {
            throw new BadRequest("chain", "is required");
        }
        ctx.json(services.analysis().resilience(chain, null));
    }
}
