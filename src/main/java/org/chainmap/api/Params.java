package org.chainmap.api;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import org.chainmap.analysis.targets.Page;
import org.chainmap.domain.Ids;
import org.chainmap.domain.Uscc;

/**
 * Typed request parameters; anything unusable is a {@link BadRequest} naming the parameter. Values only ever
 * reach Neo4j as query parameters; these checks keep answers to nonsense short and clear.
 */
final class Params {
    static final int MAX_LIMIT = Page.MAX_ANSWER_LIMIT;
    /** Longest free-text value accepted (a search, a region). */
    static final int MAX_TEXT = 200;
    /** Chain, link and park ids: the slugs of the import format. */
    private Params() {}

    static Page page(Context ctx) {
        return page(ctx, false);
    }

    /** {@code limit} and {@code offset}; a download without a limit holds the most rows one page may. */
    static Page page(Context ctx, boolean download) {
        int limit = integer(ctx, "limit", download ? MAX_LIMIT : Page.DEFAULT_LIMIT);
        int offset = integer(ctx, "offset", 0);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw BadRequest.between(
                    "limit", limit, 1, MAX_LIMIT, "must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw BadRequest.not(
                    BadRequest.Expected.NOT_NEGATIVE,
                    "offset",
                    Integer.toString(offset),
                    "must not be negative, got " + offset);
        }
        return new Page(limit, offset);
    }

    /**
     * The rows of a download: the page its {@code limit} and {@code offset} ask for, checked as a page is, or null
     * (every matching row) when it names neither.
     */
    static Page downloadPage(Context ctx) {
        if (integer(ctx, "limit") == null && integer(ctx, "offset") == null) {
            return null;
        }
        return page(ctx, true);
    }

    /** The credit code in the path, upper-cased; a malformed code is a bad request, not an unknown one. */
    static String uscc(Context ctx) {
        return uscc("uscc", ctx.pathParam("uscc"));
    }

    static String uscc(String name, String value) {
        String code = value.strip().toUpperCase(Locale.ROOT);
        Uscc.problem(code).ifPresent(p -> {
            throw BadRequest.not(
                    BadRequest.Expected.CREDIT_CODE, name, value, p.length() > MAX_TEXT ? "not a credit code" : p);
        });
        return code;
    }

    /** A chain, link or park id in the path. */
    static String id(Context ctx, String name) {
        return id(name, ctx.pathParam(name));
    }

    /** An optional id in the query. */
    static String queryId(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : id(name, value.strip());
    }

    private static String id(String name, String value) {
        if (!Ids.valid(value)) {
            throw BadRequest.not(
                    BadRequest.Expected.ID, name, value, "not an id: '" + shown(value) + "' (" + Ids.RULE + ")");
        }
        return value;
    }

    static <E extends Enum<E>> E enumValue(Context ctx, String name, Class<E> type) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> BadRequest.oneOf(
                        name,
                        value,
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).toList(),
                        "unknown value '" + shown(value) + "', expected one of "
                                + Arrays.toString(type.getEnumConstants())));
    }

    /** A whole number, {@code otherwise} when absent or empty. */
    static int integer(Context ctx, String name, int otherwise) {
        Integer value = integer(ctx, name);
        return value == null ? otherwise : value;
    }

    /** A whole number, null when absent or empty. */
    static Integer integer(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw BadRequest.not(
                    BadRequest.Expected.WHOLE_NUMBER, name, value, "not a whole number: '" + shown(value) + "'");
        }
    }

    /** A number of zero or more (a figure such as an area), null when absent or empty. */
    static Double amount(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            d = Double.NaN;
        }
        if (!(d >= 0) || Double.isInfinite(d)) {
            throw BadRequest.not(
                    BadRequest.Expected.NOT_NEGATIVE,
                    name,
                    value,
                    "must be a number of zero or more, got '" + shown(value) + "'");
        }
        return d;
    }

    /** A yes/no parameter: {@code true} or {@code false}, absent or empty meaning false. */
    static boolean flag(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                throw BadRequest.not(
                        BadRequest.Expected.TRUE_OR_FALSE, name, value, "not true or false: '" + shown(value) + "'");
        };
    }

    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw BadRequest.tooLong(name, MAX_TEXT, "longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    /** A date {@code YYYY-MM-DD}, null when absent or empty. */
    static java.time.LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw BadRequest.not(
                    BadRequest.Expected.DATE, name, value, "not a date YYYY-MM-DD: '" + shown(value) + "'");
        }
    }

    /** The request's body as a JSON tree; a body that is not JSON is a 400 naming it. */
    static com.fasterxml.jackson.databind.JsonNode json(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw BadRequest.not(BadRequest.Expected.JSON_OBJECT, "body", null, "a JSON object is needed");
        }
        try {
            return org.chainmap.export.Json.mapper().readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw BadRequest.not(BadRequest.Expected.JSON, "body", null, "not JSON: " + e.getOriginalMessage());
        }
    }

    /** A value echoed in an error, cut short. */
    static String shown(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
