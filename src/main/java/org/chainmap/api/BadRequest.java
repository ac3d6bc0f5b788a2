package org.chainmap.api;

import java.util.List;
import java.util.Map;

/**
 * A request parameter that cannot be used; answered with 400 naming the parameter, the value given and what it must
 * be ({@link ProblemCode#BAD_PARAMETER}), beside the English message.
 */
final class BadRequest extends RuntimeException {
    /** What a parameter must be, as its problem's {@code expected} names it. */
    enum Expected {
        /** Given at all. */
        PRESENT,
        /** One of {@code allowed}. */
        ONE_OF,
        /** A whole number from {@code min} to {@code max}. */
        BETWEEN,
        /** Not negative. */
        NOT_NEGATIVE,
        /** A whole number. */
        WHOLE_NUMBER,
        /** {@code true} or {@code false}. */
        TRUE_OR_FALSE,
        /** A date YYYY-MM-DD. */
        DATE,
        /** A number above 0 and at most 1 (a confidence). */
        CONFIDENCE,
        /** An id: a letter or digit, then letters, digits, '.', '_', '-' or ':'. */
        ID,
        /** A valid credit code. */
        CREDIT_CODE,
        /** Text of at most {@code max} characters. */
        AT_MOST_CHARACTERS,
        /** A JSON object (a request's body). */
        JSON_OBJECT,
        /** Readable JSON (a request's body). */
        JSON,
        /** Files sent as multipart/form-data. */
        MULTIPART,
        /** At least one file. */
        FILES,
        /** CSV files, or one workbook. */
        CSV_FILES_OR_ONE_WORKBOOK,
        /** A file named .csv or .xlsx. */
        CSV_OR_XLSX,
        /** Each file once. */
        DISTINCT_FILES
    }

    private final String parameter;
    private final Expected expected;
    private final String value;
    private final Map<String, Object> facts;

    private BadRequest(String parameter, Expected expected, String value, Map<String, Object> facts, String message) {
        super(message);
        this.parameter = parameter;
        this.expected = expected;
        this.value = value;
        this.facts = facts;
    }

    /** A parameter that must be given and was not. */
    static BadRequest required(String parameter, String message) {
        return new BadRequest(parameter, Expected.PRESENT, null, Map.of(), message);
    }

    /** {@code value} (null where none is shown) is not what {@code expected} says. */
    static BadRequest not(Expected expected, String parameter, String value, String message) {
        return new BadRequest(parameter, expected, value, Map.of(), message);
    }

    static BadRequest oneOf(String parameter, String value, List<String> allowed, String message) {
        return new BadRequest(parameter, Expected.ONE_OF, value, Map.of("allowed", List.copyOf(allowed)), message);
    }

    static BadRequest between(String parameter, long value, long min, long max, String message) {
        return new BadRequest(
                parameter, Expected.BETWEEN, Long.toString(value), Problem.named("min", min, "max", max), message);
    }

    static BadRequest tooLong(String parameter, int max, String message) {
        return new BadRequest(parameter, Expected.AT_MOST_CHARACTERS, null, Map.of("max", max), message);
    }

    String parameter() {
        return parameter;
    }

    /** The problem's values: the parameter, the value given (cut short), what it must be and the facts of that. */
    Map<String, Object> values() {
        Map<String, Object> values = Problem.named(
                "parameter",
                parameter,
                "value",
                value == null ? null : Params.shown(value),
                "expected",
                expected.name());
        values.putAll(facts);
        return values;
    }
}
