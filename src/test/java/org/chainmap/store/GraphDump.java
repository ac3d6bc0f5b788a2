package org.chainmap.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The whole graph as sorted lines of text, every value with its type ({@code s'…'} a string, {@code l} a long,
 * {@code d} a double, {@code b} a boolean, lists of them, other types by their class), to tell two graphs apart by
 * anything they hold: labels, properties and their types, relationships and theirs. What records when a write was
 * made (the time of an audit entry and of the graph's last change, the run an import entry names) and the graph's
 * identity, made at random with its first version, is left out.
 */
public final class GraphDump {
    private GraphDump() {}

    public static List<String> of(Store store) {
        List<String> lines = new ArrayList<>();
        for (var r : store.read("test/dump-nodes", Map.of())) {
            lines.add(node(
                    r.get("labels").asList(org.neo4j.driver.Value::asString),
                    r.get("props").asMap()));
        }
        for (var r : store.read("test/dump-relationships", Map.of())) {
            lines.add(node(
                            r.get("fromLabels").asList(org.neo4j.driver.Value::asString),
                            r.get("fromProps").asMap())
                    + " -[" + r.get("type").asString() + " "
                    + props(r.get("props").asMap()) + "]-> "
                    + node(
                            r.get("toLabels").asList(org.neo4j.driver.Value::asString),
                            r.get("toProps").asMap()));
        }
        Collections.sort(lines);
        return lines;
    }

    private static String node(List<String> labels, Map<String, Object> props) {
        Map<String, Object> kept = new TreeMap<>(props);
        if (labels.contains("ChainmapMeta")) {
            kept.remove("changedAt");
            kept.remove("graphId");
        }
        if (labels.contains("AuditEntry")) {
            kept.remove("at");
            if ("import".equals(kept.get("entity"))) {
                kept.remove("id");
            }
        }
        return labels.stream().sorted().collect(Collectors.joining(":", "(:", " ")) + props(kept) + ")";
    }

    private static String props(Map<String, Object> props) {
        return new TreeMap<>(props)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + typed(e.getValue()))
                        .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String typed(Object v) {
        return switch (v) {
            case null -> "null";
            case String s -> "s'" + s + "'";
            case Long l -> "l" + l;
            case Double d -> "d" + d;
            case Boolean b -> "b" + b;
            case List<?> list -> list.stream().map(GraphDump::typed).collect(Collectors.joining(",", "[", "]"));
            default -> v.getClass().getSimpleName() + ":" + v;
        };
    }
}
