package org.chainmap.api;

import io.javalin.http.HttpStatus;
import java.util.Map;

/** A request refused before it reaches its handler: no or a wrong token, too large, too many. */
final class Refused extends RuntimeException {
    private final HttpStatus status;
    private final ProblemCode code;
    private final Map<String, Object> values;
    private final Map<String, String> headers;

    private Refused(
            HttpStatus status,
            ProblemCode code,
            Map<String, Object> values,
            String detail,
            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.code = code;
        this.values = values;
        this.headers = Map.copyOf(headers);
    }

    private static final Map<String, String> CHALLENGE = Map.of("WWW-Authenticate", "Bearer realm=\"chainmap\"");

    /** No token where one of {@code role} is needed. */
    static Refused tokenRequired(Role role, String detail) {
        return new Refused(
                HttpStatus.UNAUTHORIZED,
                ProblemCode.TOKEN_REQUIRED,
                Problem.named("role", nameOf(role)),
                detail,
                CHALLENGE);
    }

    /** A token the server does not know. */
    static Refused tokenInvalid(String detail) {
        return new Refused(HttpStatus.UNAUTHORIZED, ProblemCode.TOKEN_INVALID, Map.of(), detail, CHALLENGE);
    }

    /** A token of role {@code held} where {@code needed} is needed. */
    static Refused roleInsufficient(Role needed, Role held, String detail) {
        return new Refused(
                HttpStatus.FORBIDDEN,
                ProblemCode.ROLE_INSUFFICIENT,
                Problem.named("role", nameOf(needed), "held", nameOf(held)),
                detail,
                Map.of());
    }

    static Refused hostNotAllowed(String host, String detail) {
        return new Refused(
                HttpStatus.FORBIDDEN, ProblemCode.HOST_NOT_ALLOWED, Problem.named("host", host), detail, Map.of());
    }

    static Refused originNotAllowed(String origin, String detail) {
        return new Refused(
                HttpStatus.FORBIDDEN,
                ProblemCode.ORIGIN_NOT_ALLOWED,
                Problem.named("origin", origin),
                detail,
                Map.of());
    }

    /** A change of the project {@code id} without If-Match. */
    static Refused versionRequired(String id, String detail) {
        return new Refused(
                HttpStatus.PRECONDITION_REQUIRED,
                ProblemCode.VERSION_REQUIRED,
                Problem.named("id", id),
                detail,
                Map.of());
    }

    static Refused tooLarge(long length, long limit, String detail) {
        return new Refused(
                HttpStatus.CONTENT_TOO_LARGE,
                ProblemCode.BODY_TOO_LARGE,
                Problem.named("length", length, "limit", limit),
                detail,
                Map.of());
    }

    static Refused tooMany(long retryAfterSeconds) {
        return new Refused(
                HttpStatus.TOO_MANY_REQUESTS,
                ProblemCode.RATE_LIMITED,
                Problem.named("retryAfter", retryAfterSeconds),
                "too many requests from this client; retry in " + retryAfterSeconds + " s",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** A role as a problem's values name it: VIEWER, EDITOR or ADMIN. */
    private static String nameOf(Role role) {
        return role.name();
    }

    HttpStatus status() {
        return status;
    }

    ProblemCode code() {
        return code;
    }

    Map<String, Object> values() {
        return values;
    }

    Map<String, String> headers() {
        return headers;
    }
}
