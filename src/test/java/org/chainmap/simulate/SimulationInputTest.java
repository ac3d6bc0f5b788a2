package org.chainmap.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chainmap.domain.Scale;
import org.chainmap.export.Json;
import org.junit.jupiter.api.Test;

class SimulationInputTest {
    private static SimulationInput read(String json) throws Exception {
        return SimulationInput.read(Json.mapper().readTree(json));
    }

    @Test
    void shouldReadTheFieldsOfTheRequest() throws Exception {
        SimulationInput in =
                read("{\"enterprise\": {\"name\": \"新企业\", \"links\": [\"nev.cells\"], \"scale\": \"BELOW\","
                        + " \"floorAreaSqm\": 2000, \"electricityKwh\": 300000}, \"park\": \"pk1\", \"year\": 2025}");
        assertThat(in.enterprise().name()).isEqualTo("新企业");
        assertThat(in.enterprise().links()).containsExactly("nev.cells");
        assertThat(in.enterprise().scale()).isEqualTo(Scale.BELOW);
        assertThat(in.enterprise().floorAreaSqm()).isEqualTo(2000.0);
        assertThat(in.park()).isEqualTo("pk1");
        assertThat(in.year()).isEqualTo(2025);
    }

    @Test
    void shouldNameTheFieldThatCannotBeRead() {
        assertThatThrownBy(() -> read("{\"enterprise\": {\"uscc\": \"91370215MA0000001W\", \"colour\": 1}}"))
                .isInstanceOf(InvalidSimulationException.class)
                .hasMessageContaining("enterprise.colour: not a field");
        assertThatThrownBy(() -> read("{\"enterprise\": {\"name\": \"甲\", \"tax\": \"many\"}}"))
                .isInstanceOf(InvalidSimulationException.class)
                .hasMessageContaining("enterprise.tax: cannot be read");
    }

    @Test
    void shouldListEveryProblemOfForm() {
        assertThatThrownBy(() -> read("{\"enterprise\": {\"uscc\": \"123\", \"revenue\": -1}, \"year\": 1200}"))
                .isInstanceOf(InvalidSimulationException.class)
                .satisfies(e -> assertThat(((InvalidSimulationException) e).problems())
                        .hasSize(3)
                        .anySatisfy(p -> assertThat(p).startsWith("enterprise.uscc:"))
                        .anySatisfy(p -> assertThat(p).startsWith("enterprise.revenue:"))
                        .anySatisfy(p -> assertThat(p).startsWith("year:")));
        assertThatThrownBy(() -> read("{\"park\": \"pk1\"}"))
                .isInstanceOf(InvalidSimulationException.class)
                .hasMessageContaining("enterprise: is required");
    }
}
