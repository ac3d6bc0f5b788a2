package org.chainmap.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record of figures (the headline, the pipeline's figures) as one flat map from dotted names to values, in the
 * order of the record's components: {@code chainProjects.TALKS → 21}, {@code techUpgrade.investmentYi → 112.6}. Nested
 * records and maps are followed; null values are left out. A section added to the headline is found here without
 * further code, by the trend and by the brief.
 */
public final class FlatFigures {
    private FlatFigures() {}

    public static Map<String, Object> of(Record figures) {
        Map<String, Object> flat = new LinkedHashMap<>();
        add("", figures, flat);
        return flat;
    }

    private static void add(String prefix, Object value, Map<String, Object> flat) {
        switch (value) {
            case null -> {}
            case Record r -> {
                for (RecordComponent rc : r.getClass().getRecordComponents()) {
                    add(prefix + rc.getName() + ".", read(rc, r), flat);
                }
            }
            case Map<?, ?> m -> m.forEach((k, v) -> add(prefix + k + ".", v, flat));
            default -> flat.put(prefix.substring(0, prefix.length() - 1), value);
        }
    }

    private static Object read(RecordComponent rc, Record r) {
        try {
            return rc.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + rc.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }
}
