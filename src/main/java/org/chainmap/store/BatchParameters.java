package org.chainmap.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.neo4j.driver.TransactionContext;

/**
 * The parameters a batch of rows is sent to its query with. Enterprises the query takes by node id ({@code idFields},
 * enterprise usccs) are resolved once per enterprise, cached for the file, and sent as {@code <field>Id}. The batch
 * goes as {@code rows}, a list of maps, or, where {@code columns} are named, as one list per column (a row's field,
 * else the field of its {@code props}; null where it has none), which Bolt carries and Neo4j unpacks for less than as
 * many maps ({@code KernelWriteCeiling}: 22,000 against 29,600 ties/s). Safe for the writer threads to share.
 */
final class BatchParameters {
    private final String queryName;
    private final List<String> idFields;
    private final List<String> columns;
    /** Per column that holds node ids ({@code <field>Id}): the field with the uscc. */
    private final Map<String, String> idColumns = new HashMap<>();

    private final Map<String, Long> ids = new ConcurrentHashMap<>();

    /**
     * @param idFields the row fields holding enterprise usccs the query needs as node ids
     * @param columns the parameters of a query that takes its rows as one list per column, in any order; empty for
     *     a query that takes {@code rows}
     */
    BatchParameters(String queryName, List<String> idFields, List<String> columns) {
        this.queryName = queryName;
        this.idFields = List.copyOf(idFields);
        this.columns = List.copyOf(columns);
        idFields.forEach(field -> idColumns.put(field + "Id", field));
    }

    /** The parameters of {@code batch}, looking up in {@code tx} the node ids not seen before in this file. */
    Map<String, Object> of(TransactionContext tx, List<Map<String, Object>> batch) {
        if (!idFields.isEmpty()) {
            resolveIds(tx, batch);
        }
        if (!columns.isEmpty()) {
            return columnsOf(batch);
        }
        return Map.of("rows", idFields.isEmpty() ? batch : withIds(batch));
    }

    private void resolveIds(TransactionContext tx, List<Map<String, Object>> batch) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Map<String, Object> row : batch) {
            for (String field : idFields) {
                String uscc = (String) row.get(field);
                if (!ids.containsKey(uscc)) {
                    unknown.add(uscc);
                }
            }
        }
        if (!unknown.isEmpty()) {
            tx.run(Queries.text("import/enterprise-ids"), Map.of("keys", List.copyOf(unknown)))
                    .forEachRemaining(
                            r -> ids.put(r.get("key").asString(), r.get("node").asLong()));
        }
    }

    private long idOf(String uscc) {
        Long id = ids.get(uscc);
        if (id == null) {
            // the importer checked every reference before writing, so the enterprise must be there
            throw new IllegalStateException("enterprise " + uscc + " is not in the graph");
        }
        return id;
    }

    private List<Map<String, Object>> withIds(List<Map<String, Object>> batch) {
        List<Map<String, Object>> rows = new ArrayList<>(batch.size());
        for (Map<String, Object> row : batch) {
            Map<String, Object> copy = new HashMap<>(row);
            for (String field : idFields) {
                copy.put(field + "Id", idOf((String) row.get(field)));
            }
            rows.add(copy);
        }
        return rows;
    }

    /** One list per column; a property without a column would be lost, so it fails the batch instead. */
    private Map<String, Object> columnsOf(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            if (row.get("props") instanceof Map<?, ?> props && !columns.containsAll(props.keySet())) {
                throw new IllegalStateException(queryName + " has no column for some of " + props.keySet());
            }
        }
        Map<String, Object> lists = new HashMap<>();
        for (String column : columns) {
            String idField = idColumns.get(column);
            List<Object> values = new ArrayList<>(rows.size());
            for (Map<String, Object> row : rows) {
                values.add(idField != null ? idOf((String) row.get(idField)) : valueOf(row, column));
            }
            lists.put(column, values);
        }
        return lists;
    }

    private static Object valueOf(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null && row.get("props") instanceof Map<?, ?> props ? props.get(column) : value;
    }
}
