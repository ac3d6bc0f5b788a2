package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import org.chainmap.classify.Classifier;
import org.chainmap.classify.ClassifyRun;
import org.chainmap.classify.ClassifyService;
import org.chainmap.classify.Decided;
import org.chainmap.classify.Decisions;
import org.chainmap.classify.Review;
import org.chainmap.imports.Progress;

/**
 * Link assignment (SPEC section 14): a classification run, the inferred memberships waiting for review, and the
 * reviewers' decisions.
 */
final class ClassifyRoutes {
    static final int MAX_REVIEW_PAGE = 500;

    private final ClassifyService classify;
    private final Guard guard;
    private final Runnable graphChanged;

    ClassifyRoutes(Services services, Guard guard, Runnable graphChanged) {
        this.classify = new ClassifyService(services.store(), Clock.systemDefaultZone());
        this.guard = guard;
        this.graphChanged = graphChanged;
    }

    void addTo(RoutesConfig routes) {
        Route.post("/api/v1/classify", "Assign enterprises to links by the links' rules (inferred memberships)")
                .role(Role.EDITOR)
                .query("dryRun", "boolean", false, "true: compute and answer, write nothing")
                .query("minConfidence", "number", false, "the least confidence assigned, default 0.5")
                .returns(ClassifyRun.class)
                .to(routes, this::run);
        Route.get("/api/v1/classify/review", "Inferred memberships waiting for review, lowest confidence first")
                .query("link", "only those of this link")
                .query("limit", "integer", false, "rows per page, 1 to " + MAX_REVIEW_PAGE + ", default 50")
                .query("offset", "integer", false, "rows to skip")
                .returns(Review.class)
                .to(routes, this::review);
        Route.post("/api/v1/classify/decisions", "Accept or reject inferred memberships")
                .role(Role.EDITOR)
                .jsonBody("[{uscc, linkId, decision: ACCEPT or REJECT}]")
                .refuses(422, "decisions have problems; each is listed as [index].field: reason")
                .returns(Decided.class)
                .to(routes, this::decide);
    }

    private void run(Context ctx) {
        double threshold = Classifier.DEFAULT_THRESHOLD;
        String given = Params.text(ctx, "minConfidence");
        if (given != null) {
            try {
                threshold = Double.parseDouble(given);
            } catch (NumberFormatException e) {
                threshold = Double.NaN;
            }
            if (!(threshold > 0 && threshold <= 1)) {
                throw BadRequest.not(
                        BadRequest.Expected.CONFIDENCE,
                        "minConfidence",
                        given,
                        "must be a number above 0 and at most 1, not '" + Params.shown(given) + "'");
            }
        }
        boolean dryRun = Params.flag(ctx, "dryRun");
        ClassifyRun run = classify.run(threshold, dryRun, Progress.NONE);
        if (!dryRun) {
            graphChanged.run();
        }
        ctx.json(run);
    }

    private void review(Context ctx) {
        int limit = Params.integer(ctx, "limit", 50);
        int offset = Params.integer(ctx, "offset", 0);
        if (limit < 1 || limit > MAX_REVIEW_PAGE) {
            throw BadRequest.between(
                    "limit", limit, 1, MAX_REVIEW_PAGE, "must be 1 to " + MAX_REVIEW_PAGE + ", not " + limit);
        }
        if (offset < 0) {
            throw BadRequest.not(
                    BadRequest.Expected.NOT_NEGATIVE,
                    "offset",
                    Integer.toString(offset),
                    "must not be negative, not " + offset);
        }
        ctx.json(classify.review(Params.text(ctx, "link"), limit, offset));
    }

    private void decide(Context ctx) {
        Decided decided = classify.decide(Decisions.parse(Params.json(ctx)), guard.writer(ctx));
        if (decided.accepted() + decided.rejected() > 0) {
            graphChanged.run();
        }
        ctx.json(decided);
    }
}
