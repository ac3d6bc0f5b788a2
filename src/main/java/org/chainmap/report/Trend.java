package org.chainmap.report;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A figure one year apart: {@code then} a year before the day described, {@code now} on that day, {@code change} =
 * now − then (decimals subtracted exactly, so 112.6 − 98.4 is 14.2).
 */
public record Trend(Number then, Number now, Number change) {
    /** Each figure of the pipeline, by its dotted name ({@link FlatFigures}), then and now. */
    public static Map<String, Trend> between(PipelineFigures then, PipelineFigures now) {
        Map<String, Object> before = FlatFigures.of(then);
        Map<String, Trend> trend = new LinkedHashMap<>();
        FlatFigures.of(now).forEach((figure, value) -> {
            Number a = (Number) before.get(figure);
            Number b = (Number) value;
            trend.put(figure, new Trend(a, b, minus(b, a)));
        });
        return trend;
    }

    private static Number minus(Number now, Number then) {
        if (now instanceof Long n && then instanceof Long t) {
            return n - t;
        }
        return new BigDecimal(now.toString())
                .subtract(new BigDecimal(then.toString()))
                .doubleValue();
    }
}
