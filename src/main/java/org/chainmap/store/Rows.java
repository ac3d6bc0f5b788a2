package org.chainmap.store;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.neo4j.driver.types.TypeSystem;

/**
 * Turns a row of the driver (or a map inside one) into a Java record whose components are its columns, by name.
 * What each component type takes: text as {@code String}; numbers as {@code long}, {@code int}, {@code double} (a
 * null is an error) or {@code Long}, {@code Integer}, {@code Double} (a null stays null, meaning unknown);
 * {@code boolean} (null is false) or {@code Boolean}; an enum by its name; a list as {@code List} of any of these
 * or as {@code long[]} (node ids, without boxing); a map as a nested record by name, a list as a nested record by
 * position (a pair {@code [stage, n]}); {@code Map<String, Object>} as the driver's plain values. The mapping of
 * each record class is worked out once.
 */
final class Rows {
    private static final Map<Class<?>, Function<MapAccessor, Object>> MAPPERS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Function<Value, Object>> POSITIONAL = new ConcurrentHashMap<>();

    private static final org.neo4j.driver.types.Type LIST =
            TypeSystem.getDefault().LIST();

    private Rows() {}

    static <R extends Record> R of(Class<R> type, MapAccessor row) {
        return type.cast(mapper(type).apply(row));
    }

    static Function<MapAccessor, Object> mapper(Class<?> type) {
        return MAPPERS.computeIfAbsent(type, Rows::build);
    }

    /** The component names of a row record: the columns its query must return. */
    static List<String> columns(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    private static Function<MapAccessor, Object> build(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        String[] names = new String[components.length];
        @SuppressWarnings("unchecked")
        Function<Value, Object>[] converters = new Function[components.length];
        Class<?>[] raw = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            raw[i] = components[i].getType();
            converters[i] = converter(components[i].getGenericType(), type.getSimpleName() + "." + names[i]);
        }
        MethodHandle constructor = constructor(type, raw);
        return row -> {
            Object[] args = new Object[names.length];
            for (int i = 0; i < names.length; i++) {
                if (!row.containsKey(names[i])) {
                    throw new IllegalStateException(
                            "no column '" + names[i] + "' for " + type.getSimpleName() + " among " + row.keys());
                }
                args[i] = converters[i].apply(row.get(names[i]));
            }
            return construct(constructor, args);
        };
    }

    private static Function<Value, Object> converter(Type type, String where) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Function<Value, Object> item = converter(p.getActualTypeArguments()[0], where + "[]");
            return v -> {
                if (v.isNull()) {
                    return List.of();
                }
                List<Object> items = new ArrayList<>(v.size());
                for (Value each : v.values()) {
                    items.add(item.apply(each));
                }
                return items;
            };
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return v -> v.isNull() ? null : v.asMap();
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException(where + ": cannot read a column into " + type);
        }
        if (c == String.class) {
            return v -> v.isNull() ? null : v.asString();
        }
        if (c == long.class) {
            return v -> required(v, where).asNumber().longValue();
        }
        if (c == int.class) {
            return v -> required(v, where).asNumber().intValue();
        }
        if (c == double.class) {
            return v -> required(v, where).asNumber().doubleValue();
        }
        if (c == boolean.class) {
            return v -> !v.isNull() && v.asBoolean();
        }
        if (c == Long.class) {
            return v -> v.isNull() ? null : v.asNumber().longValue();
        }
        if (c == Integer.class) {
            return v -> v.isNull() ? null : v.asNumber().intValue();
        }
        if (c == Double.class) {
            return v -> v.isNull() ? null : v.asNumber().doubleValue();
        }
        if (c == Boolean.class) {
            return v -> v.isNull() ? null : v.asBoolean();
        }
        if (c == long[].class) {
            return v -> {
                if (v.isNull()) {
                    return new long[0];
                }
                long[] ids = new long[v.size()];
                int i = 0;
                for (Value each : v.values()) {
                    ids[i++] = each.asLong();
                }
                return ids;
            };
        }
        if (c.isEnum()) {
            return v -> v.isNull() ? null : enumValue(c, v.asString());
        }
        if (c.isRecord()) {
            return v -> {
                if (v.isNull()) {
                    return null;
                }
                return v.hasType(LIST)
                        ? POSITIONAL.computeIfAbsent(c, Rows::positional).apply(v)
                        : mapper(c).apply(v);
            };
        }
        if (c == Object.class) {
            return v -> v.isNull() ? null : v.asObject();
        }
        throw new IllegalArgumentException(where + ": cannot read a column into " + c.getName());
    }

    /** A record from a list, its components in the list's order. */
    private static Function<Value, Object> positional(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] raw = new Class<?>[components.length];
        @SuppressWarnings("unchecked")
        Function<Value, Object>[] converters = new Function[components.length];
        for (int i = 0; i < components.length; i++) {
            raw[i] = components[i].getType();
            converters[i] = converter(components[i].getGenericType(), type.getSimpleName() + "[" + i + "]");
        }
        MethodHandle constructor = constructor(type, raw);
        return v -> {
            Object[] args = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                args[i] = converters[i].apply(i < v.size() ? v.get(i) : org.neo4j.driver.Values.NULL);
            }
            return construct(constructor, args);
        };
    }

    private static MethodHandle constructor(Class<?> type, Class<?>[] raw) {
        try {
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup())
                    .findConstructor(type, java.lang.invoke.MethodType.methodType(void.class, raw))
                    .asSpreader(Object[].class, raw.length);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("no canonical constructor of " + type.getName(), e);
        }
    }

    private static Object construct(MethodHandle constructor, Object[] args) {
        try {
            return constructor.invoke(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Value required(Value v, String where) {
        if (v.isNull()) {
            throw new IllegalStateException(where + " is null");
        }
        return v;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String name) {
        return Enum.valueOf((Class) type, name);
    }
}
