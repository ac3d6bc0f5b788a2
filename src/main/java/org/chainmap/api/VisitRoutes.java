package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.chainmap.domain.VisitIntention;
import org.chainmap.export.RecordSheet;
import org.chainmap.export.Tabular;
import org.chainmap.workbench.AuditEntry;
import org.chainmap.workbench.AuditLog;
import org.chainmap.workbench.Visit;
import org.chainmap.workbench.VisitFilter;
import org.chainmap.workbench.VisitList;
import org.chainmap.workbench.Visits;

/**
 * Visits (走访) recorded and listed, a visit that found a risk of moving out shown with its relocation impact; and
 * the audit log, for the admin role (SPEC section 10).
 */
final class VisitRoutes {
    private final Services services;
    private final Downloads downloads;
    private final Guard guard;
    private final Runnable graphChanged;

    VisitRoutes(Services services, Downloads downloads, Guard guard, Runnable graphChanged) {
        this.services = services;
        this.downloads = downloads;
        this.guard = guard;
        this.graphChanged = graphChanged;
    }

    /** The audit log's answer: {@code {"entries": [...]}}, newest first. */
    record AuditEntries(List<AuditEntry> entries) {}

    void addTo(RoutesConfig routes) {
        Route.get("/api/v1/visits", "Visits to enterprises, newest first")
                .query("enterprise", "only visits to this enterprise (credit code)")
                .query("by", "only visits by this person")
                .query("from", "only visits on or after this day, YYYY-MM-DD")
                .query("to", "only visits on or before this day, YYYY-MM-DD")
                .query("limit", "integer", false, "at most this many, 1 to " + Visits.MAX_LIMIT)
                .downloads()
                .returns(VisitList.class)
                .to(routes, this::visits);
        Route.post("/api/v1/visits", "Record a visit (走访) to an enterprise")
                .role(Role.EDITOR)
                .jsonBody("{enterprise (credit code), date (YYYY-MM-DD, not in the future), by (default: the"
                        + " token's writer), intention (NONE/EXPAND/NEW_PROJECT/RELOCATE_OUT/REFER), notes,"
                        + " mentions: [credit code]}")
                .creates()
                .refuses(
                        422,
                        "fields have problems; each is listed in errors as field: reason and in problems as {field, code, values}")
                .returns(Visit.class)
                .to(routes, this::record);
        Route.get("/api/v1/audit", "The audit log: every write with who, when and what changed, newest first")
                .role(Role.ADMIN)
                .query("entity", "only entries about this kind: project, visit or import")
                .query("id", "only entries about this id")
                .query("limit", "integer", false, "at most this many, 1 to " + AuditLog.MAX_LIMIT + ", default 100")
                .returns(AuditEntries.class)
                .to(routes, this::audit);
    }

    private void visits(Context ctx) {
        String enterprise = ctx.queryParam("enterprise") == null
                        || ctx.queryParam("enterprise").isBlank()
                ? null
                : Params.uscc("enterprise", ctx.queryParam("enterprise"));
        VisitFilter filter =
                new VisitFilter(enterprise, Params.text(ctx, "by"), Params.date(ctx, "from"), Params.date(ctx, "to"));
        int limit = Params.integer(ctx, "limit", Visits.MAX_LIMIT);
        if (limit < 1 || limit > Visits.MAX_LIMIT) {
            throw BadRequest.between(
                    "limit", limit, 1, Visits.MAX_LIMIT, "must be 1 to " + Visits.MAX_LIMIT + ", not " + limit);
        }
        VisitList list = withImpact(services.workbench().visits().list(filter, limit));
        downloads.answer(ctx, "visits", list, () -> Tabular.of(RecordSheet.of("visits", Visit.class, list.visits())));
    }

    private void record(Context ctx) {
        Visit visit = services.workbench().visits().record(Params.json(ctx), guard.writer(ctx));
        graphChanged.run();
        ctx.status(HttpStatus.CREATED);
        ctx.header("Location", "/api/v1/visits?enterprise=" + visit.enterprise().uscc());
        ctx.json(withImpact(new VisitList(List.of(visit))).visits().getFirst());
    }

    private void audit(Context ctx) {
        int limit = Params.integer(ctx, "limit", 100);
        if (limit < 1 || limit > AuditLog.MAX_LIMIT) {
            throw BadRequest.between(
                    "limit", limit, 1, AuditLog.MAX_LIMIT, "must be 1 to " + AuditLog.MAX_LIMIT + ", not " + limit);
        }
        ctx.json(new AuditEntries(
                services.workbench().audit().entries(Params.text(ctx, "entity"), Params.text(ctx, "id"), limit)));
    }

    /** The visits with the relocation impact beside each that found a risk of moving out. */
    private VisitList withImpact(VisitList list) {
        if (list.visits().stream().noneMatch(v -> v.intention() == VisitIntention.RELOCATE_OUT)) {
            return list;
        }
        return new VisitList(list.visits().stream()
                .map(v -> v.intention() == VisitIntention.RELOCATE_OUT
                        ? v.withRelocation(services.analysis()
                                .relocationImpact(v.enterprise().uscc()))
                        : v)
                .toList());
    }
}
