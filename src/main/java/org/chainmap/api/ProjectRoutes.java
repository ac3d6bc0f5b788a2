package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.chainmap.export.RecordSheet;
import org.chainmap.export.Tabular;
import org.chainmap.pipeline.PipelineSummary;
import org.chainmap.pipeline.Project;
import org.chainmap.pipeline.ProjectFilter;
import org.chainmap.pipeline.ProjectList;

/** The project pipeline: the list and the funnel; {@code chain}, {@code type}, {@code stage} filter both. */
final class ProjectRoutes {
    private final Services services;
    private final Downloads downloads;

    ProjectRoutes(Services services, Downloads downloads) {
        this.services = services;
        this.downloads = downloads;
    }

    void addTo(RoutesConfig routes) {
        filtered(Route.get("/api/v1/projects", "The project pipeline, furthest stage first"))
                .downloads()
                .returns(ProjectList.class)
                .to(routes, this::projects);
        filtered(Route.get(
                        "/api/v1/projects/summary", "The funnel: projects and investment (亿元) by stage, type, chain"))
                .returns(PipelineSummary.class)
                .to(routes, ctx -> ctx.json(services.pipeline().summary(filter(ctx))));
    }

    private static Route filtered(Route route) {
        return route.query("chain", "only projects for this chain")
                .query("type", ProjectType.class, "only projects of this type")
                .query("stage", ProjectStage.class, "only projects at this stage");
    }

    private void projects(Context ctx) {
        ProjectList list = services.pipeline().projects(filter(ctx));
        downloads.answer(
                ctx, "projects", list, () -> Tabular.of(RecordSheet.of("projects", Project.class, list.projects())));
    }

    private static ProjectFilter filter(Context ctx) {
        return new ProjectFilter(
                Params.queryId(ctx, "chain"),
                Params.enumValue(ctx, "type", ProjectType.class),
                Params.enumValue(ctx, "stage", ProjectStage.class));
    }
}
