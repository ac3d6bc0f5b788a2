package org.chainmap.api;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON schemas (OpenAPI 3.1) of the response records, read from the properties Jackson itself would write, so
 * the schema says what the answer holds. Each record becomes a named component, referenced where it is used.
 */
final class JsonSchemas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper mapper;
    private final Map<String, ObjectNode> components = new TreeMap<>();
    private final Map<Class<?>, String> names = new HashMap<>();

    JsonSchemas(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The schema of a type: inline for values and lists, a {@code $ref} for records. */
    ObjectNode of(Class<?> type) {
        return of(mapper.constructType(type));
    }

    /** Every component referenced so far. */
    ObjectNode components() {
        ObjectNode all = NODES.objectNode();
        components.forEach(all::set);
        return all;
    }

    private ObjectNode of(JavaType type) {
        Class<?> raw = type.getRawClass();
        if (type.isArrayType() || type.isCollectionLikeType()) {
            return NODES.objectNode().put("type", "array").set("items", of(type.getContentType()));
        }
        if (type.isMapLikeType()) {
            return NODES.objectNode().put("type", "object").set("additionalProperties", of(type.getContentType()));
        }
        if (raw.isEnum()) {
            ObjectNode s = NODES.objectNode().put("type", "string");
            var values = s.putArray("enum");
            for (Object e : raw.getEnumConstants()) {
                values.add(((Enum<?>) e).name());
            }
            return s;
        }
        if (CharSequence.class.isAssignableFrom(raw) || raw == char.class || raw == Character.class) {
            return NODES.objectNode().put("type", "string");
        }
        if (Temporal.class.isAssignableFrom(raw)) {
            return NODES.objectNode().put("type", "string").put("format", "date");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return NODES.objectNode().put("type", "boolean");
        }
        if (raw == int.class
                || raw == long.class
                || raw == short.class
                || raw == Integer.class
                || raw == Long.class
                || raw == Short.class) {
            return NODES.objectNode().put("type", "integer");
        }
        if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
            return NODES.objectNode().put("type", "number");
        }
        if (raw == Object.class) {
            return NODES.objectNode();
        }
        return NODES.objectNode().put("$ref", "#/components/schemas/" + component(type));
    }

    private String component(JavaType type) {
        Class<?> raw = type.getRawClass();
        String known = names.get(raw);
        if (known != null) {
            return known;
        }
        String name = nameOf(raw);
        names.put(raw, name);
        ObjectNode schema = NODES.objectNode().put("type", "object");
        components.put(name, schema);
        ObjectNode properties = schema.putObject("properties");
        var description = mapper.getSerializationConfig().introspect(type);
        for (BeanPropertyDefinition p : description.findProperties()) {
            if (p.couldSerialize()) {
                properties.set(p.getName(), of(p.getPrimaryType()));
            }
        }
        return name;
    }

    /**
     * The class's simple name ({@code Feed} of {@code ChainMap.Feed} becomes {@code ChainMapFeed} only when another
     * class took {@code Feed}); two top-level classes of the same name get their package's too.
     */
    private String nameOf(Class<?> raw) {
        String simple = raw.getSimpleName();
        if (!names.containsValue(simple)) {
            return simple;
        }
        String pkg = raw.getPackageName();
        String nested =
                raw.getName().substring(pkg.isEmpty() ? 0 : pkg.length() + 1).replace("$", "");
        if (!nested.equals(simple) && !names.containsValue(nested)) {
            return nested;
        }
        String last = pkg.substring(pkg.lastIndexOf('.') + 1);
        return Character.toUpperCase(last.charAt(0)) + last.substring(1) + nested;
    }
}
