package org.chainmap.api;

/**
 * What a problem document is about, as a code a client words in its own language from the document's {@code
 * values}, named after each constant (see {@code docs/errors.md}); {@code title} and {@code detail} keep the
 * server's English.
 */
public enum ProblemCode {
    /** 404: no chain has the id {@code id}. */
    UNKNOWN_CHAIN,
    /** 404: no enterprise has the credit code {@code id}. */
    UNKNOWN_ENTERPRISE,
    /** 404: no park has the id {@code id}. */
    UNKNOWN_PARK,
    /** 404: no project has the id {@code id}. */
    UNKNOWN_PROJECT,
    /** 404: nothing is at this path. */
    NO_SUCH_RESOURCE,
    /**
     * 400: the parameter {@code parameter} (a query parameter, {@code body} or {@code files}) cannot be used:
     * {@code value} as given (where one was), {@code expected} what it must be, with {@code allowed}, {@code min},
     * {@code max} where that names them.
     */
    BAD_PARAMETER,
    /** 401: the request needs a bearer token of role {@code role}. */
    TOKEN_REQUIRED,
    /** 401: the bearer token is not one the server knows. */
    TOKEN_INVALID,
    /** 403: the request needs role {@code role}; the token has role {@code held}. */
    ROLE_INSUFFICIENT,
    /** 403: a server on loopback answers only requests for a loopback name, not for {@code host}. */
    HOST_NOT_ALLOWED,
    /** 403: requests from the origin {@code origin} are not allowed. */
    ORIGIN_NOT_ALLOWED,
    /** 413: the request body is over the size limit ({@code length} and {@code limit} in bytes where known). */
    BODY_TOO_LARGE,
    /** 429: too many requests from this client; {@code retryAfter} seconds until the next is admitted. */
    RATE_LIMITED,
    /** 412: the project {@code id} is at version {@code current}, not {@code expected}: someone changed it. */
    STALE_VERSION,
    /** 428: a change of the project {@code id} needs If-Match with the version it was made against. */
    VERSION_REQUIRED,
    /** 422: a write refused for its content; its {@code count} problems are in {@code problems}. */
    INVALID_INPUT,
    /** 503: the graph store is unreachable for now. */
    STORE_UNAVAILABLE,
    /** 500: an internal error, logged under {@code id}. */
    INTERNAL_ERROR
}
