package org.chainmap.workbench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chainmap.store.Query;
import org.chainmap.store.Reads;
import org.chainmap.store.Store;

/**
 * The audit log: an {@code AuditEntry} node for every write, added in the write's own transaction (so a write is
 * never kept without its entry, nor an entry without its write); {@code changes} is kept as JSON text, since a
 * Neo4j property cannot hold a map.
 */
public final class AuditLog {
    /** The most entries one read returns. */
    public static final int MAX_LIMIT = 1000;

    static final Query<At> ADD = Query.of("workbench/audit-add", At.class);
    static final Query<Row> ENTRIES = Query.of("workbench/audit", Row.class);
    static final Query<Version> BUMP = Query.of("workbench/bump-work-version", Version.class);

    private static final ObjectMapper JSON = new ObjectMapper();

    record At(String at) {}

    record Version(long version) {}

    record Row(String at, String by, String action, String entity, String id, String changes) {}

    private final Store store;

    AuditLog(Store store) {
        this.store = store;
    }

    /**
     * Adds an entry in the transaction of {@code tx} and bumps the workbench's version, so that every cached answer
     * that might show the write is made again (the projections are kept: the workbench does not change them).
     * Every write of the workbench takes that version node's lock there, so this is the last statement of a write:
     * the lock is held only until the commit.
     */
    public static void record(
            Reads tx, Instant at, String by, String action, String entity, String id, Map<String, List<Object>> c) {
        Map<String, Object> params = new HashMap<>();
        params.put("at", at.toString());
        params.put("by", by);
        params.put("action", action);
        params.put("entity", entity);
        params.put("id", id);
        params.put("changes", json(c));
        tx.all(ADD, params);
        tx.all(BUMP, Map.of());
    }

    /** Entries newest first, about one kind of entity and one id where given. */
    public List<AuditEntry> entries(String entity, String id, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("entity", entity);
        params.put("id", id);
        params.put("limit", limit);
        return store.read(ENTRIES, params).stream()
                .map(r -> new AuditEntry(r.at(), r.by(), r.action(), r.entity(), r.id(), changes(r.changes())))
                .toList();
    }

    /** The fields whose values differ, each as {@code [before, after]}, in the order of {@code after}'s keys. */
    static Map<String, List<Object>> differences(Map<String, Object> before, Map<String, Object> after) {
        Map<String, List<Object>> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (!Objects.equals(old, value)) {
                changes.put(field, pair(old, value));
            }
        });
        return changes;
    }

    /** {@code [before, after]}, either of which may be null. */
    static List<Object> pair(Object before, Object after) {
        return new ArrayList<>(Arrays.asList(before, after));
    }

    private static String json(Map<String, List<Object>> changes) {
        try {
            return JSON.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the changes of an audit entry are plain values", e);
        }
    }

    private static Map<String, List<Object>> changes(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, List<Object>>>() {});
        } catch (JsonProcessingException e) {
            return Map.of("changes", pair(null, json));
        }
    }
}
