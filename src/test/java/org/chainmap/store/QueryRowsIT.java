package org.chainmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link Query} constant of the code against the query it names: Neo4j compiles the query ({@code EXPLAIN},
 * which runs nothing) and its columns must be the components of the row record, by name and in order. A column
 * renamed in a {@code .cypher} file or a component renamed in Java fails here, not at a user's request.
 */
class QueryRowsIT {
    /** Every {@code static final Query} field of the main classes, with where it is declared. */
    static Stream<Object[]> queries() throws ReflectiveOperationException {
        List<Object[]> all = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chainmap")) {
            for (JavaField field : type.getFields()) {
                if (field.getRawType().isEquivalentTo(Query.class)
                        && field.getModifiers().contains(JavaModifier.STATIC)) {
                    Field reflected = field.reflect();
                    reflected.setAccessible(true);
                    Query<?> query = (Query<?>) reflected.get(null);
                    all.add(new Object[] {type.getSimpleName() + "." + field.getName(), query});
                }
            }
        }
        return all.stream();
    }

    @Test
    void shouldFindTheQueriesOfEveryService() throws ReflectiveOperationException {
        assertThat(queries().map(q -> ((Query<?>) q[1]).name()))
                .contains(
                        "report/counts",
                        "parks/parks",
                        "pipeline/projects",
                        "enterprises/detail",
                        "evaluation/inputs",
                        "chains/map",
                        "analysis/enterprises",
                        "bench/gap-links");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void shouldReturnTheColumnsOfItsRowRecord(String declaredAt, Query<?> query) {
        Store store = TestNeo4j.store();
        List<String> columns = store.readTransaction(
                tx -> tx.run("EXPLAIN " + Queries.text(query.name()), parametersOf(Queries.text(query.name())))
                        .keys());
        assertThat(columns).as("%s: %s", declaredAt, query.name()).isEqualTo(Rows.columns(query.row()));
    }

    /** A null for every {@code $parameter} of the query text, enough for EXPLAIN to compile it. */
    private static Map<String, Object> parametersOf(String text) {
        Map<String, Object> parameters = new HashMap<>();
        var m = java.util.regex.Pattern.compile("\\$(\\w+)").matcher(text);
        while (m.find()) {
            parameters.put(m.group(1), null);
        }
        return parameters;
    }
}
