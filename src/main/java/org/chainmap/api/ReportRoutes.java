package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.chainmap.domain.Scale;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationResult;

/** The headline report and the per-mu evaluation of a year. */
final class ReportRoutes {
    private final Services services;

    ReportRoutes(Services services) {
        this.services = services;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/v1/report", ctx -> ctx.json(services.report().report()));
        routes.get("/api/v1/evaluations", this::evaluations);
    }

    private void evaluations(Context ctx) {
        int year = ctx.queryParamAsClass("year", Integer.class).get();
        Scale scale = Params.enumValue(ctx, "scale", Scale.class);
        EvaluationResult result = services.evaluation().evaluate(year, EvaluationConfig.defaults());
        ctx.json(scale == null ? result : result.only(scale));
    }
}
