package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.chainmap.pipeline.ProjectFilter;

/** The project pipeline: the list and the funnel; {@code chain}, {@code type}, {@code stage} filter both. */
final class ProjectRoutes {
    private final Services services;

    ProjectRoutes(Services services) {
        this.services = services;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/v1/projects", ctx -> ctx.json(services.pipeline().projects(filter(ctx))));
        routes.get("/api/v1/projects/summary", ctx -> ctx.json(services.pipeline().summary(filter(ctx))));
    }

    private static ProjectFilter filter(Context ctx) {
        return new ProjectFilter(Params.text(ctx, "chain"), Params.enumValue(ctx, "type", ProjectType.class),
                Params.enumValue(ctx, "stage", ProjectStage.class));
    }
}
