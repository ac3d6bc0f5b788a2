package org.chainmap.api;

import io.javalin.http.HttpStatus;
import java.util.Map;

/** A request refused before it reaches its handler: no or a wrong token, too large, too many. */
final class Refused extends RuntimeException {
    private final HttpStatus status;
    private final Map<String, String> headers;

    Refused(HttpStatus status, String detail, Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    static Refused unauthorized(String detail) {
        return new Refused(HttpStatus.UNAUTHORIZED, detail, Map.of("WWW-Authenticate", "Bearer realm=\"chainmap\""));
    }

    static Refused forbidden(String detail) {
        return new Refused(HttpStatus.FORBIDDEN, detail, Map.of());
    }

    static Refused preconditionRequired(String detail) {
        return new Refused(HttpStatus.PRECONDITION_REQUIRED, detail, Map.of());
    }

    static Refused tooLarge(String detail) {
        return new Refused(HttpStatus.CONTENT_TOO_LARGE, detail, Map.of());
    }

    static Refused tooMany(long retryAfterSeconds) {
        return new Refused(
                HttpStatus.TOO_MANY_REQUESTS,
                "too many requests from this client; retry in " + retryAfterSeconds + " s",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    HttpStatus status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }
}
