package org.chainmap.api;

/** A request parameter that cannot be used; answered with 400 naming the parameter. */
final class BadRequest extends RuntimeException {
    private final String parameter;

    BadRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
