package org.chainmap.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;

/**
 * The named queries of one transaction, their rows streamed as row records: the read transactions of {@link
 * Store#reading}, and the write transactions of {@link Store#write} and {@link Store#writing}.
 */
public final class Reads {
    private final TransactionContext tx;

    Reads(TransactionContext tx) {
        this.tx = tx;
    }

    /** Hands each row of the query to {@code each} as it arrives. */
    public <R extends Record> void each(Query<R> query, Map<String, Object> parameters, Consumer<R> each) {
        Result result = tx.run(Queries.text(query.name()), parameters);
        while (result.hasNext()) {
            each.accept(Rows.of(query.row(), result.next()));
        }
    }

    /** Every row of the query. */
    public <R extends Record> List<R> all(Query<R> query, Map<String, Object> parameters) {
        List<R> rows = new ArrayList<>();
        each(query, parameters, rows::add);
        return rows;
    }
}
