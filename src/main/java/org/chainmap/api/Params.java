package org.chainmap.api;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import org.chainmap.analysis.targets.Page;
import org.chainmap.domain.Uscc;

/** Typed request parameters; anything unusable is a {@link BadRequest} naming the parameter. */
final class Params {
    static final int MAX_LIMIT = 1000;

    private Params() {}

    static Page page(Context ctx) {
        int limit = ctx.queryParamAsClass("limit", Integer.class).getOrDefault(Page.DEFAULT_LIMIT);
        int offset = ctx.queryParamAsClass("offset", Integer.class).getOrDefault(0);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequest("limit", "must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new BadRequest("offset", "must not be negative, got " + offset);
        }
        return new Page(limit, offset);
    }

    /** The credit code in the path, upper-cased; a malformed code is a bad request, not an unknown one. */
    static String uscc(Context ctx) {
        String code = ctx.pathParam("uscc").strip().toUpperCase(Locale.ROOT);
        Uscc.problem(code).ifPresent(p -> {
            throw new BadRequest("uscc", p);
        });
        return code;
    }

    static <E extends Enum<E>> E enumValue(Context ctx, String name, Class<E> type) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new BadRequest(name, "unknown value '" + value + "', expected one of "
                        + Arrays.toString(type.getEnumConstants())));
    }

    static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
