package org.chainmap.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the constraints and indexes of {@code cypher/schema/*.cypher}, each statement idempotent. A start runs only
 * the statements whose index or constraint the store lacks: one look at the store's index names instead of a
 * dozen schema commands, each of which Neo4j plans and runs even when it has nothing to do, and which cost a short
 * command about a second. A statement without a name is always run.
 */
final class Schema {
    private static final String FOLDER = "cypher/schema";
    private static final Pattern NAMED =
            Pattern.compile("(?is)^CREATE\\s+(?:\\w+\\s+)?(?:CONSTRAINT|INDEX)\\s+(\\w+)\\s+IF\\s+NOT\\s+EXISTS\\b.*");

    private Schema() {}

    static void apply(Store store) {
        Map<String, Boolean> present = store.schemaNames();
        List<String> missing = missing(statements(), present);
        for (String statement : missing) {
            store.apply(statement);
        }
        if (!missing.isEmpty() || present.containsValue(false)) {
            store.apply(Queries.text("admin/await-indexes"));
        }
    }

    /** Every statement of the schema files, in file order. */
    static List<String> statements() {
        List<String> statements = new ArrayList<>();
        for (String file : ClasspathFolder.list(FOLDER, ".cypher")) {
            statements.addAll(Queries.statements(Queries.read(FOLDER + "/" + file)));
        }
        return statements;
    }

    /** The statements whose index or constraint is not among {@code present}, and those without a name. */
    static List<String> missing(List<String> statements, Map<String, Boolean> present) {
        return statements.stream()
                .filter(s -> name(s).map(n -> !present.containsKey(n)).orElse(true))
                .toList();
    }

    /** The name a {@code CREATE … name IF NOT EXISTS} statement gives its index or constraint. */
    static Optional<String> name(String statement) {
        Matcher m = NAMED.matcher(statement.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
