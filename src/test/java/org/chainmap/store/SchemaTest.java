package org.chainmap.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaTest {
    @Test
    void shouldNameEveryStatementOfTheSchemaFiles() {
        List<String> statements = Schema.statements();
        assertThat(statements).isNotEmpty();
        assertThat(statements).allSatisfy(s -> assertThat(Schema.name(s)).isPresent());
        assertThat(statements.stream().map(s -> Schema.name(s).orElseThrow()))
                .contains("enterprise_uscc", "link_chain", "audit_subject")
                .doesNotHaveDuplicates();
    }

    @Test
    void shouldReadTheNameOfEachKindOfStatement() {
        assertThat(Schema.name("CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (c:Chain) REQUIRE c.id IS UNIQUE"))
                .contains("chain_id");
        assertThat(Schema.name("create index link_chain if not exists for (l:Link) on (l.chainId)"))
                .contains("link_chain");
        assertThat(Schema.name("CREATE TEXT INDEX name_text IF NOT EXISTS FOR (e:Enterprise) ON (e.name)"))
                .contains("name_text");
        assertThat(Schema.name("CREATE INDEX FOR (l:Link) ON (l.chainId)")).isEqualTo(Optional.empty());
    }

    @Test
    void shouldRunOnlyWhatTheStoreLacksAndEveryStatementWithoutAName() {
        String chain = "CREATE CONSTRAINT chain_id IF NOT EXISTS FOR (c:Chain) REQUIRE c.id IS UNIQUE";
        String link = "CREATE INDEX link_chain IF NOT EXISTS FOR (l:Link) ON (l.chainId)";
        String unnamed = "CREATE INDEX IF NOT EXISTS FOR (p:Park) ON (p.town)";

        assertThat(Schema.missing(List.of(chain, link, unnamed), Map.of("chain_id", true)))
                .containsExactly(link, unnamed);
        assertThat(Schema.missing(List.of(chain, link), Map.of("chain_id", false, "link_chain", true)))
                .as("an index still being built is there; the start waits for it instead")
                .isEmpty();
    }
}
