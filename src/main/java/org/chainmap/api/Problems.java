package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.chainmap.domain.NotFoundException;
import org.chainmap.imports.ImportRejectedException;
import org.chainmap.simulate.InvalidSimulationException;
import org.chainmap.store.StoreUnavailableException;
import org.chainmap.workbench.FieldProblem;
import org.chainmap.workbench.InvalidInputException;
import org.chainmap.workbench.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to a problem document, in one place; no stack trace ever reaches a client. */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    static void addTo(RoutesConfig routes, StoreWatch watch) {
        routes.exception(
                BadRequest.class,
                (e, ctx) -> send(
                        ctx,
                        HttpStatus.BAD_REQUEST,
                        "parameter '" + e.parameter() + "': " + e.getMessage(),
                        ProblemCode.BAD_PARAMETER,
                        e.values()));
        routes.exception(
                NotFoundException.class,
                (e, ctx) -> send(ctx, HttpStatus.NOT_FOUND, e.getMessage(), codeOf(e), Problem.named("id", e.key())));
        routes.exception(Refused.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            send(ctx, e.status(), e.getMessage(), e.code(), e.values());
        });
        routes.exception(
                ImportRejectedException.class,
                (e, ctx) -> unprocessable(
                        ctx,
                        e.getMessage(),
                        null,
                        null,
                        e.problems().stream().map(Object::toString).toList(),
                        null));
        routes.exception(
                InvalidInputException.class,
                (e, ctx) -> unprocessable(
                        ctx,
                        e.getMessage(),
                        ProblemCode.INVALID_INPUT,
                        Problem.named("count", e.problems().size()),
                        e.lines(),
                        e.problems()));
        routes.exception(
                InvalidSimulationException.class,
                (e, ctx) -> unprocessable(
                        ctx,
                        e.getMessage(),
                        ProblemCode.INVALID_INPUT,
                        Problem.named("count", e.problems().size()),
                        e.problems(),
                        null));
        routes.exception(StaleVersionException.class, (e, ctx) -> {
            ctx.header("ETag", "\"" + e.current() + "\"");
            send(
                    ctx,
                    HttpStatus.PRECONDITION_FAILED,
                    e.getMessage(),
                    ProblemCode.STALE_VERSION,
                    Problem.named("id", e.id(), "current", e.current(), "expected", e.expected()));
        });
        routes.exception(StoreUnavailableException.class, (e, ctx) -> {
            watch.markDown();
            unavailable(ctx, e);
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == HttpStatus.NOT_FOUND.getCode()) {
                send(ctx, HttpStatus.NOT_FOUND, e.getMessage(), ProblemCode.NO_SUCH_RESOURCE, Map.of());
            } else {
                send(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage());
            }
        });
        routes.exception(Exception.class, (e, ctx) -> {
            if (tooLarge(e)) {
                send(
                        ctx,
                        HttpStatus.CONTENT_TOO_LARGE,
                        "the request body is over the size limit",
                        ProblemCode.BODY_TOO_LARGE,
                        Map.of());
                return;
            }
            org.eclipse.jetty.http.HttpException refused = clientError(e);
            if (refused != null) {
                LOG.info("{} {}: refused by the web server: {}", ctx.method(), ctx.path(), rootMessage(e));
                send(ctx, HttpStatus.forStatus(refused.getCode()), unreadable(ctx, e));
                return;
            }
            String id = UUID.randomUUID().toString();
            LOG.error("{} {} failed, error id {}", ctx.method(), ctx.path(), id, e);
            send(
                    ctx,
                    HttpStatus.INTERNAL_SERVER_ERROR,
                    "internal error, id " + id,
                    ProblemCode.INTERNAL_ERROR,
                    Problem.named("id", id));
        });
        routes.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith(Problem.CONTENT_TYPE)) {
                send(ctx, HttpStatus.NOT_FOUND, "no such resource", ProblemCode.NO_SUCH_RESOURCE, Map.of());
            }
        });
    }

    /**
     * Jetty's multipart parser reports a body over the configured limits as an exception of its own: "exceeds max
     * size" where the length was declared, "max length exceeded" for a chunked body.
     */
    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if ((m.contains("exceeds") && (m.contains("size") || m.contains("max"))) || m.contains("length exceeded")) {
                return true;
            }
        }
        return false;
    }

    /** The web server's refusal of what the client sent (a 4xx of Jetty's) among the causes, or null. */
    private static org.eclipse.jetty.http.HttpException clientError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException h && h.getCode() >= 400 && h.getCode() < 500) {
                return h;
            }
        }
        return null;
    }

    /** What could not be read, in words: the multipart body, with the parser's own reason, or the request. */
    private static String unreadable(Context ctx, Throwable e) {
        String why = rootMessage(e).replaceAll("\\p{Cntrl}", " ");
        why = why.length() <= 120 ? why : why.substring(0, 120) + "…";
        String type = String.valueOf(ctx.contentType()).toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("multipart/")
                ? "the body is not readable multipart/form-data (a file name or boundary that is not valid?): " + why
                : "the request could not be read: " + why;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void unavailable(Context ctx, Exception e) {
        LOG.warn("{} {}: store unavailable: {}", ctx.method(), ctx.path(), e.getMessage());
        send(
                ctx,
                HttpStatus.SERVICE_UNAVAILABLE,
                "the graph store is unreachable; try again shortly",
                ProblemCode.STORE_UNAVAILABLE,
                Map.of());
    }

    /** The code of a 404 for what was not found. */
    private static ProblemCode codeOf(NotFoundException e) {
        return switch (e.kind()) {
            case CHAIN -> ProblemCode.UNKNOWN_CHAIN;
            case ENTERPRISE -> ProblemCode.UNKNOWN_ENTERPRISE;
            case PARK -> ProblemCode.UNKNOWN_PARK;
            case PROJECT -> ProblemCode.UNKNOWN_PROJECT;
        };
    }

    static void send(Context ctx, HttpStatus status, String detail) {
        send(ctx, status, detail, null, null);
    }

    static void send(Context ctx, HttpStatus status, String detail, ProblemCode code, Map<String, Object> values) {
        send(
                ctx,
                new Problem(
                        "about:blank",
                        status.getMessage(),
                        status.getCode(),
                        detail,
                        ctx.path(),
                        code,
                        values,
                        null,
                        null));
    }

    /** A 422: content refused, with each problem as a line and, where the refusal has them, as codes. */
    private static void unprocessable(
            Context ctx,
            String detail,
            ProblemCode code,
            Map<String, Object> values,
            List<String> errors,
            List<FieldProblem> problems) {
        send(
                ctx,
                new Problem(
                        "about:blank",
                        HttpStatus.UNPROCESSABLE_CONTENT.getMessage(),
                        HttpStatus.UNPROCESSABLE_CONTENT.getCode(),
                        detail,
                        ctx.path(),
                        code,
                        values,
                        errors,
                        problems));
    }

    private static void send(Context ctx, Problem problem) {
        ctx.status(problem.status());
        ctx.json(problem);
        ctx.contentType(Problem.CONTENT_TYPE);
    }
}
