package org.chainmap.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.chainmap.domain.LinkStage;
import org.junit.jupiter.api.Test;

class IndustryGraphTest {
    private static IndustryGraphBuilder twoEnterprises() {
        return IndustryGraph.builder()
                .enterprise(new EnterpriseNode("A", "A", true, null, null, null, Set.of()))
                .enterprise(new EnterpriseNode("B", "B", false, null, null, null, Set.of()));
    }

    @Test
    void shouldKeepTwoTiesWithTheSameFiguresAsTwoEdges() {
        IndustryGraph g = twoEnterprises()
                .tie(new SupplyTie("A", "B", 5.0, 0.5, "x", null))
                .tie(new SupplyTie("A", "B", 5.0, 0.5, "x", null))
                .build();
        assertThat(g.ties().edgeSet()).hasSize(2);
        assertThat(g.connections().edgeSet()).singleElement().satisfies(c -> assertThat(c.ties()).hasSize(2));
    }

    @Test
    void shouldJoinTiesBothWaysIntoOneConnectionWithTheStrongerConfidence() {
        IndustryGraph g = twoEnterprises()
                .tie(new SupplyTie("A", "B", null, 0.3, null, null))
                .tie(new SupplyTie("B", "A", null, 0.7, null, null))
                .build();
        assertThat(g.connections().edgeSet()).singleElement()
                .satisfies(c -> assertThat(c.strength()).isEqualTo(0.7));
    }

    @Test
    void shouldRejectRelationshipsToUnknownNodes() {
        assertThatThrownBy(() -> twoEnterprises().tie(new SupplyTie("A", "C", null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'C'");
        assertThatThrownBy(() -> IndustryGraph.builder().link(new LinkNode("x.a", "x", "a", LinkStage.UPSTREAM, false)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chain");
    }

    @Test
    void shouldTakeTheTieConfidenceAsOneWhenUnknown() {
        assertThat(new SupplyTie("A", "B", null, null, null, null).strength()).isEqualTo(1.0);
    }
}
