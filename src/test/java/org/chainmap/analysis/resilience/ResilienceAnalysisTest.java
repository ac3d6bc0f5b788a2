package org.chainmap.analysis.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chainmap.analysis.SampleChains.L1;
import static org.chainmap.analysis.SampleChains.L3;
import static org.chainmap.analysis.SampleChains.L4;
import static org.chainmap.analysis.SampleChains.N1;

import java.util.List;
import java.util.Set;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.SampleChains;
import org.chainmap.analysis.projection.ChainNode;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.IndustryGraphBuilder;
import org.chainmap.analysis.projection.LinkNode;
import org.chainmap.analysis.projection.SupplyTie;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.LinkStage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResilienceAnalysisTest {

    /** A chain with one link in which every listed enterprise is local, tied as the pairs say (no values). */
    private static IndustryGraph network(String... pairs) {
        IndustryGraphBuilder b = IndustryGraph.builder()
                .chain(new ChainNode("t", "t"))
                .link(new LinkNode("t.a", "t", "a", LinkStage.MIDSTREAM, false));
        Set<String> added = new java.util.HashSet<>();
        for (String pair : pairs) {
            for (String v : pair.split("-")) {
                if (added.add(v)) {
                    b.enterprise(new EnterpriseNode(v, v, true, null, null, null, Set.of()))
                            .worksIn(v, "t.a");
                }
            }
        }
        for (String pair : pairs) {
            String[] ends = pair.split("-");
            b.tie(new SupplyTie(ends[0], ends[1], null, null, null, null));
        }
        return b.build();
    }

    private static ResilienceReport of(IndustryGraph graph) {
        return new ResilienceAnalysis(graph, AnalysisConfig.defaults().resilience()).of("t");
    }

    @Nested
    class SinglePointsOfFailure {
        @Test
        void shouldFindTheCutpointsAndTheBridgeOfABowtie() {
            // triangles A-B-C and D-E-F joined by C-D
            ResilienceReport r = of(network("A-B", "B-C", "C-A", "C-D", "D-E", "E-F", "F-D"));
            assertThat(r.articulationPoints()).extracting(EnterpriseRef::uscc).containsExactly("C", "D");
            assertThat(r.bridges()).singleElement().satisfies(b -> {
                assertThat(b.a().uscc()).isEqualTo("C");
                assertThat(b.b().uscc()).isEqualTo("D");
            });
        }

        @Test
        void shouldFindEveryInnerVertexAndEveryEdgeOfAPath() {
            ResilienceReport r = of(network("A-B", "C-B", "C-D"));
            assertThat(r.articulationPoints()).extracting(EnterpriseRef::uscc).containsExactly("B", "C");
            assertThat(r.bridges()).extracting(b -> b.a().uscc() + b.b().uscc()).containsExactly("AB", "BC", "CD");
        }

        @Test
        void shouldFindNoneInACycle() {
            ResilienceReport r = of(network("A-B", "B-C", "C-D", "D-A"));
            assertThat(r.articulationPoints()).isEmpty();
            assertThat(r.bridges()).isEmpty();
        }

        @Test
        void shouldTreatTiesBothWaysAsOneEdge() {
            // A-B tied both ways is still a single edge: a bridge
            ResilienceReport r = of(network("A-B", "B-A"));
            assertThat(r.bridges()).hasSize(1);
        }
    }

    @Nested
    class Centrality {
        @Test
        void shouldNormaliseOnTheUsualZeroToOneScale() {
            // bowtie, n = 6: C lies on the shortest paths of {A,B} × {D,E,F} = 6 pairs: 6 × 2 / (5 × 4) = 0.6;
            // D likewise; the others on none (they are left out)
            ResilienceReport r = of(network("A-B", "B-C", "C-A", "C-D", "D-E", "E-F", "F-D"));
            assertThat(r.betweenness()).extracting(Betweenness::uscc).containsExactly("C", "D");
            assertThat(r.betweenness()).allSatisfy(b -> assertThat(b.score()).isCloseTo(0.6, within(1e-12)));
        }

        @Test
        void shouldNormaliseOverTheWholeNetworkWhenItFallsApart() {
            // the bowtie plus a separate pair X-Y, n = 8: C and D still lie on 6 shortest paths: 6 × 2 / (7 × 6)
            ResilienceReport r = of(network("A-B", "B-C", "C-A", "C-D", "D-E", "E-F", "F-D", "X-Y"));
            assertThat(r.betweenness()).extracting(Betweenness::uscc).containsExactly("C", "D");
            assertThat(r.betweenness()).allSatisfy(b -> assertThat(b.score()).isCloseTo(12.0 / 42, within(1e-12)));
        }

        @Test
        void shouldGiveTheCentreOfAStarOne() {
            ResilienceReport r = of(network("H-A", "H-B", "H-C", "H-D"));
            assertThat(r.betweenness()).singleElement().satisfies(b -> {
                assertThat(b.uscc()).isEqualTo("H");
                assertThat(b.score()).isCloseTo(1.0, within(1e-12));
            });
        }
    }

    @Nested
    class OnTheSampleChain {
        private final ResilienceAnalysis analysis = new ResilienceAnalysis(
                SampleChains.graph(), AnalysisConfig.defaults().resilience());

        @Test
        void shouldKeepOnlyLocalEnterprisesOfTheChainAndTheirTies() {
            // local in ev: L1, L2 (vehicle), L3 (pack), L4, L5 (motor); ties among them L4–L1 and L3–L1
            // L1 is the cutpoint; both ties are bridges; L1 lies between L3 and L4: 1 × 2 / (4 × 3) = 1/6
            ResilienceReport r = analysis.of("ev");
            assertThat(r.chain()).isEqualTo(new ChainRef("ev", "新能源汽车", "New energy vehicles"));
            assertThat(r.articulationPoints()).extracting(EnterpriseRef::uscc).containsExactly(L1);
            assertThat(r.bridges())
                    .extracting(b -> List.of(b.a().uscc(), b.b().uscc()))
                    .containsExactly(List.of(L1, L3), List.of(L1, L4));
            assertThat(r.betweenness()).singleElement().satisfies(b -> {
                assertThat(b.uscc()).isEqualTo(L1);
                assertThat(b.score()).isCloseTo(1.0 / 6, within(1e-12));
            });
            assertThat(r.relocation()).isNull();
        }

        @Test
        void shouldMeasureConcentrationByValueOrByCount() {
            // cell: N1→L1 only: 1. motor by value: L4 100, N1 300: 0.25² + 0.75² = 0.625.
            // pack by count (L3→L1 has no value): L3 1, N2 1: 0.5² + 0.5² = 0.5
            assertThat(analysis.of("ev").concentration())
                    .containsExactly(
                            new Concentration("ev.cell", 1.0),
                            new Concentration("ev.motor", 0.625),
                            new Concentration("ev.pack", 0.5));
        }

        @Test
        void shouldAddUpASuppliersSharesAcrossItsTies() {
            // A sells 1 and 3 to two customers, B sells 4: shares 0.5 and 0.5
            var ties = List.of(
                    new SupplyTie("A", "X", 1.0, null, null, null),
                    new SupplyTie("A", "Y", 3.0, null, null, null),
                    new SupplyTie("B", "X", 4.0, null, null, null));
            assertThat(ResilienceAnalysis.hhi(ties)).isCloseTo(0.5, within(1e-12));
        }

        @Test
        void shouldNameTheCustomersThatWouldLoseTheirOnlySupplierInALink() {
            // N1 supplies L1 in cell and motor; L4 also supplies L1 in motor, nobody else in cell
            Relocation n1 = analysis.relocation("ev", N1);
            assertThat(n1.losses()).containsExactly(new Relocation.Loss(L1, "青岛示例汽车有限公司", "ev.cell"));
            // L3 supplies L1 in pack, as N2 does
            assertThat(analysis.relocation("ev", L3).losses()).isEmpty();
        }
    }
}
