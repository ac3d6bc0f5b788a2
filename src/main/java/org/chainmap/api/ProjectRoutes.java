package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainmap.domain.NotFoundException;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.chainmap.export.RecordSheet;
import org.chainmap.export.Tabular;
import org.chainmap.pipeline.Conversion;
import org.chainmap.pipeline.PipelineSummary;
import org.chainmap.pipeline.Project;
import org.chainmap.pipeline.ProjectFilter;
import org.chainmap.pipeline.ProjectList;
import org.chainmap.workbench.ProjectDetail;
import org.chainmap.workbench.Workbench;

/**
 * The project pipeline: the list (or its stalled projects) and the funnel, filtered by {@code chain}, {@code type},
 * {@code stage}; one project with its history, created and changed (SPEC section 10). A change names the version
 * it was made against in {@code If-Match} (the {@code ETag} of the project as read).
 */
final class ProjectRoutes {
    private static final Pattern VERSION = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private final Services services;
    private final Downloads downloads;
    private final Guard guard;
    private final Runnable graphChanged;

    /** @param graphChanged forgets what was cached of the graph, run after every write */
    ProjectRoutes(Services services, Downloads downloads, Guard guard, Runnable graphChanged) {
        this.services = services;
        this.downloads = downloads;
        this.guard = guard;
        this.graphChanged = graphChanged;
    }

    void addTo(RoutesConfig routes) {
        filtered(Route.get("/api/v1/projects", "The project pipeline, by id; or its stalled projects, by owner"))
                .query("owner", "only projects this official follows up (包联)")
                .query("stalled", "true: only open projects overdue or without a change of stage for `days`")
                .query(
                        "days",
                        "integer",
                        false,
                        "with stalled: days without a change of stage, default " + Workbench.DEFAULT_STALLED_DAYS)
                .downloads()
                .returns(ProjectList.class)
                .to(routes, this::projects);
        filtered(Route.get(
                        "/api/v1/projects/summary", "The funnel: projects and investment (亿元) by stage, type, chain"))
                .returns(PipelineSummary.class)
                .to(routes, ctx -> ctx.json(services.pipeline().summary(filter(ctx))));
        Route.get(
                        "/api/v1/projects/conversion",
                        "Whether the recommendations work: projects by source and rank band, how many reached talks"
                                + " (在谈) and signing (签约), and the rates")
                .returns(Conversion.class)
                .to(routes, ctx -> ctx.json(services.pipeline().conversion()));
        Route.post("/api/v1/projects", "Create a project (its first stage event and an audit entry with it)")
                .role(Role.EDITOR)
                .jsonBody("{name, type, chain, link, investor, referrer, park, investment (万元), owner, nextStep,"
                        + " nextStepDue, blockers, stage (default LEAD), at (default today), note, source"
                        + " (TARGETS/REFERRALS/VISITS/OTHER), recommended: {rank, score}, id (optional)};"
                        + " name and type required")
                .creates()
                .refuses(
                        422,
                        "fields have problems; each is listed in errors as field: reason and in problems as {field, code, values}")
                .returns(ProjectDetail.class)
                .to(routes, this::create);
        Route.get("/api/v1/projects/{id}", "One project with its stage history; its version in ETag")
                .path("id", "the project's id")
                .returns(ProjectDetail.class)
                .to(routes, this::project);
        Route.patch("/api/v1/projects/{id}", "Change fields of a project; a change of stage appends an event")
                .role(Role.EDITOR)
                .path("id", "the project's id")
                .jsonBody("any of the fields of a new project but id, source and recommended; null removes an"
                        + " optional field; with stage: at (default today) and note (needed to move back)")
                .refuses(412, "If-Match does not name the project's current version")
                .refuses(
                        422,
                        "fields have problems; each is listed in errors as field: reason and in problems as {field, code, values}")
                .refuses(428, "If-Match is missing")
                .returns(ProjectDetail.class)
                .to(routes, this::change);
    }

    private static Route filtered(Route route) {
        return route.query("chain", "only projects for this chain")
                .query("type", ProjectType.class, "only projects of this type")
                .query("stage", ProjectStage.class, "only projects at this stage");
    }

    private void projects(Context ctx) {
        ProjectFilter filter = filter(ctx);
        ProjectList list;
        String name;
        if (Params.flag(ctx, "stalled")) {
            int days = Params.integer(ctx, "days", Workbench.DEFAULT_STALLED_DAYS);
            if (days < 0 || days > 3650) {
                throw BadRequest.between("days", days, 0, 3650, "must be 0 to 3650, not " + days);
            }
            list = services.pipeline().stalled(filter, LocalDate.now(), days);
            name = "projects-stalled";
        } else {
            list = services.pipeline().projects(filter);
            name = "projects";
        }
        downloads.answer(ctx, name, list, () -> Tabular.of(RecordSheet.of(name, Project.class, list.projects())));
    }

    private void project(Context ctx) {
        String id = Params.id(ctx, "id");
        ProjectDetail project =
                services.workbench().projects().project(id).orElseThrow(() -> NotFoundException.project(id));
        answer(ctx, project);
    }

    private void create(Context ctx) {
        ProjectDetail created = services.workbench().projects().create(Params.json(ctx), guard.writer(ctx));
        graphChanged.run();
        ctx.status(HttpStatus.CREATED);
        ctx.header("Location", "/api/v1/projects/" + created.id());
        answer(ctx, created);
    }

    private void change(Context ctx) {
        String id = Params.id(ctx, "id");
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Refused.versionRequired(
                    id,
                    "a change needs If-Match with the project's version (its ETag, as" + " GET /api/v1/projects/" + id
                            + " answers it), so that it cannot undo a change it has not seen");
        }
        Long expected = expectedVersion(ifMatch.strip());
        ProjectDetail changed =
                services.workbench().projects().change(id, Params.json(ctx), expected, guard.writer(ctx));
        graphChanged.run();
        answer(ctx, changed);
    }

    /** The version {@code If-Match} names; null for {@code *} (any); -1 for a value that names none. */
    private static Long expectedVersion(String ifMatch) {
        if (ifMatch.equals("*")) {
            return null;
        }
        Matcher m = VERSION.matcher(ifMatch);
        return m.matches() ? Long.parseLong(m.group(1)) : -1L;
    }

    private static void answer(Context ctx, ProjectDetail project) {
        ctx.header("ETag", "\"" + project.version() + "\"");
        ctx.header("Cache-Control", "no-cache");
        ctx.json(project);
    }

    private static ProjectFilter filter(Context ctx) {
        return new ProjectFilter(
                Params.queryId(ctx, "chain"),
                Params.enumValue(ctx, "type", ProjectType.class),
                Params.enumValue(ctx, "stage", ProjectStage.class),
                Params.text(ctx, "owner"));
    }
}
