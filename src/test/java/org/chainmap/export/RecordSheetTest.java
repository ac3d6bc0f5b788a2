package org.chainmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordSheetTest {
    enum Stage {
        TALKS,
        SIGNED
    }

    record Ref(String id, String name) {}

    record Row(
            String id,
            Stage stage,
            Double investment,
            Ref chain,
            List<Ref> links,
            List<String> tags,
            Map<String, Double> indicators,
            @JsonProperty("class") String className) {}

    private static Map<String, Double> indicators(String k, double v) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put(k, v);
        return m;
    }

    @Test
    void shouldFlattenNestedRecordsMapsAndListsUnderTheirJsonNames() {
        Sheet s = RecordSheet.of(
                "projects",
                Row.class,
                List.of(
                        new Row(
                                "P1",
                                Stage.TALKS,
                                1.5,
                                new Ref("nev", "新能源汽车"),
                                List.of(new Ref("nev.chip", "芯片")),
                                List.of("SRDI", "LISTED"),
                                indicators("taxPerMu", 2.0),
                                "A"),
                        new Row("P2", null, null, null, List.of(), List.of(), indicators("rndShare", 0.1), "B")));

        assertThat(s.columns())
                .containsExactly(
                        "id",
                        "stage",
                        "investment",
                        "chain_id",
                        "chain_name",
                        "links",
                        "tags",
                        "indicators_taxPerMu",
                        "indicators_rndShare",
                        "class");
        assertThat(s.rows().get(0))
                .containsExactly("P1", "TALKS", 1.5, "nev", "新能源汽车", "nev.chip", "SRDI;LISTED", 2.0, null, "A");
        assertThat(s.rows().get(1)).containsExactly("P2", null, null, null, null, "", "", null, 0.1, "B");
    }

    @Test
    void shouldHaveOnlyTheHeaderForNoRows() {
        Sheet s = RecordSheet.of("empty", Ref.class, List.of());
        assertThat(s.columns()).containsExactly("id", "name");
        assertThat(s.rows()).isEmpty();
    }
}
