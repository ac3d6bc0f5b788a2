package org.chainmap.store;

import java.util.Objects;

/**
 * A named query of {@code cypher/queries} and the record each of its rows becomes: the record's components are the
 * query's columns, by name, so a column is named once in Java. Declared as a constant beside the code that runs it;
 * {@code QueryRowsIT} checks every such constant against the columns Neo4j compiles the query to.
 *
 * @param name the query's file under {@code cypher/queries}, without {@code .cypher}
 * @param row the record of one row
 */
public record Query<R extends Record>(String name, Class<R> row) {
    public Query {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(row, "row");
    }

    public static <R extends Record> Query<R> of(String name, Class<R> row) {
        return new Query<>(name, row);
    }
}
