package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.chainmap.domain.NotFoundException;
import org.chainmap.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to a problem document, in one place. */
final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {}

    static void addTo(RoutesConfig routes) {
        routes.exception(BadRequest.class, (e, ctx) ->
                send(ctx, HttpStatus.BAD_REQUEST, "parameter '" + e.parameter() + "': " + e.getMessage()));
        routes.exception(ValidationException.class, (e, ctx) -> send(ctx, HttpStatus.BAD_REQUEST,
                e.getErrors().entrySet().stream()
                        .map(en -> "parameter '" + en.getKey() + "': " + en.getValue().stream()
                                .map(v -> v.getMessage() + " (got '" + v.value + "')")
                                .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("; "))));
        routes.exception(NotFoundException.class, (e, ctx) -> send(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        routes.exception(StoreUnavailableException.class, (e, ctx) -> unavailable(ctx, e));
        routes.exception(Exception.class, (e, ctx) -> {
            String id = UUID.randomUUID().toString();
            LOG.error("{} {} failed, error id {}", ctx.method(), ctx.path(), id, e);
            send(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error, id " + id);
        });
        routes.error(HttpStatus.NOT_FOUND.getCode(), "*", ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith(Problem.CONTENT_TYPE)) {
                send(ctx, HttpStatus.NOT_FOUND, "no such resource");
            }
        });
    }

    private static void unavailable(Context ctx, Exception e) {
        LOG.warn("{} {}: store unavailable: {}", ctx.method(), ctx.path(), e.getMessage());
        send(ctx, HttpStatus.SERVICE_UNAVAILABLE, "the graph store is unreachable");
    }

    static void send(Context ctx, HttpStatus status, String detail) {
        ctx.status(status);
        ctx.json(new Problem("about:blank", status.getMessage(), status.getCode(), detail, ctx.path()));
        ctx.contentType(Problem.CONTENT_TYPE);
    }
}
