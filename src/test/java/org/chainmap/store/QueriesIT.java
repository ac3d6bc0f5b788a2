package org.chainmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every query file compiles on a real Neo4j (checked with EXPLAIN, nothing runs). */
class QueriesIT {
    static List<String> queries() {
        return ClasspathFolder.list("cypher/queries", ".cypher").stream()
                .map(f -> f.substring(0, f.length() - ".cypher".length()))
                .filter(name -> !name.startsWith("admin/"))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("queries")
    void shouldCompile(String name) {
        Store store = TestNeo4j.store();
        assertThat(Queries.text(name)).doesNotContain("+ $").as("no text glued to parameters");
        assertThatCode(() -> store.driver()
                        .executableQuery("EXPLAIN " + Queries.text(name))
                        .execute())
                .doesNotThrowAnyException();
    }
}
