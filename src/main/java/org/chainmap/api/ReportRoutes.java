package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.chainmap.analysis.targets.Page;
import org.chainmap.domain.Scale;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationPage;
import org.chainmap.evaluation.EvaluationResult;
import org.chainmap.evaluation.EvaluationRow;
import org.chainmap.export.RecordSheet;
import org.chainmap.export.Tabular;
import org.chainmap.report.Report;

/** The headline report and the per-mu evaluation of a year. */
final class ReportRoutes {
    private final Services services;
    private final AnswerCache cache;
    private final Downloads downloads;

    ReportRoutes(Services services, AnswerCache cache, Downloads downloads) {
        this.services = services;
        this.cache = cache;
        this.downloads = downloads;
    }

    void addTo(RoutesConfig routes) {
        Route.get("/api/v1/report", "The headline figures of the bureau's report and the graph's counts")
                .returns(Report.class)
                .to(routes, ctx -> ctx.json(services.report().report()));
        Route.get("/api/v1/evaluations", "Per-mu efficiency (亩产效益) of a year: indicators, score, class A–D")
                .query("year", "integer", true, "the year evaluated, e.g. 2025")
                .query("scale", Scale.class, "only above-scale (ABOVE) or below-scale (BELOW) enterprises")
                .query("class", "A, B, C or D: the rows of that class only (the groups stay whole)")
                .query(
                        "q",
                        "text contained in the enterprise's name or credit code (Latin letters in either case); a"
                                + " row's rank stays its rank in its group")
                .paged(Route.WHOLE_DOWNLOAD)
                .downloads()
                .returns(EvaluationPage.class)
                .to(routes, this::evaluations);
    }

    private void evaluations(Context ctx) {
        Integer year = Params.integer(ctx, "year");
        if (year == null) {
            throw BadRequest.required("year", "is required");
        }
        if (year < 1900 || year > 2200) {
            throw BadRequest.between("year", year, 1900, 2200, "must be a year between 1900 and 2200, got " + year);
        }
        Scale scale = Params.enumValue(ctx, "scale", Scale.class);
        EvaluationResult all = cache.get(
                new EvaluationsOf(year), () -> services.evaluation().evaluate(year, EvaluationConfig.defaults()));
        EvaluationResult scaled = scale == null ? all : all.only(scale);
        String className = Params.text(ctx, "class");
        if (className != null && !className.matches("[ABCD]")) {
            throw BadRequest.oneOf(
                    "class",
                    className,
                    List.of("A", "B", "C", "D"),
                    "must be A, B, C or D, got '" + Params.shown(className) + "'");
        }
        EvaluationResult result =
                (className == null ? scaled : scaled.onlyClass(className)).matching(Params.text(ctx, "q"));
        // a download holds every row the filters let through, unless it asks for a page
        Page page = Downloads.wanted(ctx) ? Params.downloadPage(ctx) : Params.page(ctx);
        EvaluationPage answer =
                page == null ? EvaluationPage.all(result) : EvaluationPage.of(result, page.limit(), page.offset());
        downloads.answer(
                ctx,
                "evaluations-" + year,
                answer,
                () -> Tabular.of(RecordSheet.of("evaluations", EvaluationRow.class, answer.rows())));
    }

    private record EvaluationsOf(int year) implements AnswerCache.Key<EvaluationResult> {}
}
