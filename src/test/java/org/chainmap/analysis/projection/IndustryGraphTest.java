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
        assertThat(g.connections().edgeSet())
                .singleElement()
                .satisfies(c -> assertThat(c.ties()).hasSize(2));
    }

    @Test
    void shouldJoinTiesBothWaysIntoOneConnectionWithTheStrongerConfidence() {
        IndustryGraph g = twoEnterprises()
                .tie(new SupplyTie("A", "B", null, 0.3, null, null))
                .tie(new SupplyTie("B", "A", null, 0.7, null, null))
                .build();
        assertThat(g.connections().edgeSet())
                .singleElement()
                .satisfies(c -> assertThat(c.strength()).isEqualTo(0.7));
    }

    @Test
    void shouldRejectRelationshipsToUnknownNodes() {
        assertThatThrownBy(() -> twoEnterprises().tie(new SupplyTie("A", "C", null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'C'");
        assertThatThrownBy(() -> IndustryGraph.builder().link(new LinkNode("x.a", "x", "a", LinkStage.UPSTREAM, false)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chain");
    }

    @Test
    void shouldTakeTheTieConfidenceAsOneWhenUnknown() {
        assertThat(new SupplyTie("A", "B", null, null, null, null).strength()).isEqualTo(1.0);
    }

    @Test
    void shouldSumTheGapFiguresOfALinkFromItsMembersAndTheirTiesToLocalCustomers() {
        IndustryGraph g = IndustryGraph.builder()
                .chain(new ChainNode("x", "X"))
                .link(new LinkNode("x.a", "x", "a", LinkStage.UPSTREAM, false))
                .enterprise(new EnterpriseNode("L", "L", true, null, org.chainmap.domain.Scale.ABOVE, null, Set.of()))
                .enterprise(new EnterpriseNode("M", "M", true, null, null, null, Set.of()))
                .enterprise(new EnterpriseNode("N", "N", false, null, null, null, Set.of()))
                .worksIn("L", "x.a")
                .worksIn("N", "x.a")
                .tie(new SupplyTie("L", "M", 30.0, null, null, null))
                .tie(new SupplyTie("N", "M", 10.0, null, null, null))
                .tie(new SupplyTie("N", "L", null, null, null, null))
                .tie(new SupplyTie("L", "N", 99.0, null, null, null))
                .build();

        LinkFigures a = g.linkFigures("x.a");
        assertThat(a).isEqualTo(new LinkFigures(1, 1, 3, 2, 40.0, 2, 10.0));
        assertThat(a.dependency()).as("one tie without value: by count").isEqualTo(2.0 / 3);
    }

    @Test
    void shouldWeighTheDependencyByValueWhenEveryTieHasOne() {
        assertThat(new LinkFigures(1, 0, 2, 2, 40.0, 1, 10.0).dependency()).isEqualTo(0.25);
        assertThat(LinkFigures.NONE.dependency()).isZero();
        assertThatThrownBy(() -> new LinkFigures(1, 2, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldTakeGivenFiguresAsAGraphForTheGapAnalysisOnly() {
        IndustryGraph g = IndustryGraph.builder()
                .chain(new ChainNode("x", "X"))
                .link(new LinkNode("x.a", "x", "a", LinkStage.UPSTREAM, false))
                .link(new LinkNode("x.b", "x", "b", LinkStage.UPSTREAM, false))
                .linkFigures("x.a", new LinkFigures(2, 1, 0, 0, 0, 0, 0))
                .build();
        assertThat(g.linkFigures("x.a").coverage()).isEqualTo(2);
        assertThat(g.linkFigures("x.b")).isEqualTo(LinkFigures.NONE);
    }
}
