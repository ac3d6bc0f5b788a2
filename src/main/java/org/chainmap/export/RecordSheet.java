package org.chainmap.export;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A list of response records as one flat {@link Sheet}, for the downloads of the API's lists. Columns follow the
 * JSON field names: a nested record becomes {@code field_part} columns ({@code chain_id}, {@code chain_name}), a
 * map one {@code field_key} column per key found, a list one cell of its items joined by {@code ;} (a record item
 * shown by its first field, an id or code).
 */
public final class RecordSheet {
    private static final int MAX_DEPTH = 3;

    private RecordSheet() {}

    public static <R extends Record> Sheet of(String name, Class<R> type, List<R> rows) {
        List<Column> columns = new ArrayList<>();
        collect(type, "", row -> row, rows, columns, 0);
        Sheet sheet = new Sheet(name, columns.stream().map(Column::name).toArray(String[]::new));
        for (R row : rows) {
            sheet.row(columns.stream().map(c -> c.value().apply(row)).toArray());
        }
        return sheet;
    }

    private record Column(String name, Function<Object, Object> value) {}

    private static void collect(
            Class<?> type, String prefix, Function<Object, Object> get, List<?> rows, List<Column> columns, int depth) {
        for (RecordComponent rc : type.getRecordComponents()) {
            String name = prefix + jsonName(rc);
            Function<Object, Object> value = row -> {
                Object owner = get.apply(row);
                return owner == null ? null : read(rc, owner);
            };
            Class<?> t = rc.getType();
            if (t.isRecord() && depth < MAX_DEPTH) {
                collect(t, name + "_", value, rows, columns, depth + 1);
            } else if (Map.class.isAssignableFrom(t)) {
                Set<String> keys = new LinkedHashSet<>();
                rows.forEach(r -> {
                    if (value.apply(r) instanceof Map<?, ?> m) {
                        m.keySet().forEach(k -> keys.add(String.valueOf(k)));
                    }
                });
                for (String key : keys) {
                    columns.add(new Column(
                            name + "_" + key, r -> value.apply(r) instanceof Map<?, ?> m ? cell(m.get(key)) : null));
                }
            } else if (Collection.class.isAssignableFrom(t)) {
                columns.add(new Column(
                        name,
                        r -> value.apply(r) instanceof Collection<?> c
                                ? c.stream().map(RecordSheet::item).collect(Collectors.joining(";"))
                                : null));
            } else {
                columns.add(new Column(name, r -> cell(value.apply(r))));
            }
        }
    }

    /** The name Jackson writes: a {@code @JsonProperty} on the accessor wins over the component's name. */
    private static String jsonName(RecordComponent rc) {
        var renamed = rc.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : rc.getName();
    }

    private static Object read(RecordComponent rc, Object owner) {
        try {
            var accessor = rc.getAccessor();
            accessor.trySetAccessible();
            return accessor.invoke(owner);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + rc, e);
        }
    }

    private static Object cell(Object v) {
        return switch (v) {
            case null -> null;
            case Number n -> n;
            case Boolean b -> b;
            case Enum<?> e -> e.name();
            case Record r -> item(r);
            default -> v.toString();
        };
    }

    private static String item(Object v) {
        if (v instanceof Record r) {
            RecordComponent[] parts = r.getClass().getRecordComponents();
            Object first = parts.length == 0 ? null : read(parts[0], r);
            return first == null ? "" : first.toString();
        }
        return v instanceof Enum<?> e ? e.name() : String.valueOf(v);
    }
}
