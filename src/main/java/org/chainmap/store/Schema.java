package org.chainmap.store;

/** Applies the constraints and indexes of {@code cypher/schema/*.cypher}; every statement is idempotent. */
final class Schema {
    private static final String FOLDER = "cypher/schema";

    private Schema() {}

    static void apply(Store store) {
        for (String file : ClasspathFolder.list(FOLDER, ".cypher")) {
            for (String statement : Queries.statements(Queries.read(FOLDER + "/" + file))) {
                store.apply(statement);
            }
        }
        store.apply(Queries.text("admin/await-indexes"));
    }
}
