package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.chainmap.analysis.targets.Page;
import org.chainmap.brief.Brief;
import org.chainmap.brief.BriefDocument;
import org.chainmap.brief.BriefService;
import org.chainmap.domain.Scale;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationPage;
import org.chainmap.evaluation.EvaluationResult;
import org.chainmap.evaluation.EvaluationRow;
import org.chainmap.evaluation.Transitions;
import org.chainmap.export.RecordSheet;
import org.chainmap.export.Tabular;
import org.chainmap.export.TransitionSheets;
import org.chainmap.report.Report;
import org.chainmap.report.ReportService;

/** The headline report (of today or of a day), the leader's brief, and the per-mu evaluation of a year. */
final class ReportRoutes {
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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
                .query(
                        "asOf",
                        "a day YYYY-MM-DD: the pipeline's figures as its projects' stage histories give them for that"
                                + " day (default today); trend against a year before")
                .returns(Report.class)
                .to(routes, ctx -> ctx.json(report(ctx)));
        Route.get("/api/v1/report/brief.docx", "The leader's brief as a Word document (A4, Chinese) of a day")
                .query("asOf", "a day YYYY-MM-DD, as for /api/v1/report (default today)")
                .produces(DOCX)
                .to(routes, this::brief);
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
        Route.get(
                        "/api/v1/evaluations/transitions",
                        "Per-mu classes of two years side by side: the matrix, the enterprises that entered and left")
                .query("from", "integer", true, "the earlier year, e.g. 2024")
                .query("to", "integer", true, "the later year, e.g. 2025")
                .query("scale", Scale.class, "only above-scale (ABOVE) or below-scale (BELOW) enterprises")
                .downloads()
                .returns(Transitions.class)
                .to(routes, this::transitions);
    }

    private void transitions(Context ctx) {
        int from = year(ctx, "from");
        int to = year(ctx, "to");
        Scale scale = Params.enumValue(ctx, "scale", Scale.class);
        EvaluationConfig config = EvaluationConfig.defaults();
        Transitions answer = Transitions.between(evaluated(from), evaluated(to), config.classNames(), scale);
        downloads.answer(ctx, "transitions-" + from + "-" + to, answer, () -> TransitionSheets.of(answer));
    }

    /** A year given in the parameter {@code name}, required. */
    private static int year(Context ctx, String name) {
        Integer year = Params.integer(ctx, name);
        if (year == null) {
            throw BadRequest.required(name, "is required");
        }
        if (year < 1900 || year > 2200) {
            throw BadRequest.between(name, year, 1900, 2200, "must be a year between 1900 and 2200, got " + year);
        }
        return year;
    }

    /** The evaluation of a year with the default settings, once per graph version. */
    private EvaluationResult evaluated(int year) {
        return cache.get(
                new EvaluationsOf(year), () -> services.evaluation().evaluate(year, EvaluationConfig.defaults()));
    }

    private void brief(Context ctx) {
        LocalDate asOf = Params.date(ctx, "asOf");
        Brief brief = new BriefService(services.report(), services.analysis(), services.evaluation()).brief(asOf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BriefDocument.write(brief, out);
        ctx.contentType(DOCX);
        ctx.header(
                "Content-Disposition",
                Downloads.attachment("brief-" + brief.report().asOf() + ".docx"));
        ctx.result(out.toByteArray());
    }

    /** The report of the day in {@code asOf}, or today's, once per graph version. */
    private Report report(Context ctx) {
        LocalDate asOf = Params.date(ctx, "asOf");
        ReportService reports = services.report();
        return cache.get(new ReportOf(asOf == null ? reports.today() : asOf, asOf == null), () -> reports.report(asOf));
    }

    private void evaluations(Context ctx) {
        int year = year(ctx, "year");
        Scale scale = Params.enumValue(ctx, "scale", Scale.class);
        EvaluationResult all = evaluated(year);
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

    /** @param current at the projects' current stages (no day asked for) */
    private record ReportOf(LocalDate day, boolean current) implements AnswerCache.Key<Report> {}

    private record EvaluationsOf(int year) implements AnswerCache.Key<EvaluationResult> {}
}
