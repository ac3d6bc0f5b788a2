package org.chainmap.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueriesTest {
    @Test
    void shouldSplitSchemaFilesOnSemicolonsAtLineEndsAndDropComments() {
        String file =
                "// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// next\nCREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y);\n";
        assertThat(Queries.statements(file))
                .containsExactly(
                        "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
                        "CREATE INDEX b IF NOT EXISTS\n  FOR (n:B) ON (n.y)");
    }

    @Test
    void shouldKeepSemicolonsInsideALine() {
        assertThat(Queries.statements("RETURN 'a;b' AS x")).containsExactly("RETURN 'a;b' AS x");
    }

    @Test
    void shouldLoadANamedQueryFromTheClasspath() {
        assertThat(Queries.text("report/counts")).startsWith("CALL ()").doesNotContain("//");
    }

    @Test
    void shouldFailClearlyOnAnUnknownQuery() {
        assertThatThrownBy(() -> Queries.text("nowhere/nothing"))
                .hasMessageContaining("cypher/queries/nowhere/nothing.cypher");
    }

    @Test
    void shouldHaveAnUpsertForEveryImportFile() {
        for (var file : org.chainmap.imports.ImportFile.values()) {
            assertThat(Queries.text("import/merge-" + file.baseName().replace('_', '-')))
                    .contains("UNWIND $rows");
        }
    }
}
