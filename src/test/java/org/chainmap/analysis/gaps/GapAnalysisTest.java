package org.chainmap.analysis.gaps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import org.assertj.core.data.Offset;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.SampleChains;
import org.chainmap.analysis.projection.ChainNode;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.IndustryGraphBuilder;
import org.chainmap.analysis.projection.LinkNode;
import org.chainmap.domain.LinkStage;
import org.chainmap.domain.Scale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The sample chains of {@link SampleChains}, worked by hand. ev has 7 links, so criticality is
 * (links downstream + 1) / 7, × 1.5 for the key links material, cell and vehicle.
 */
class GapAnalysisTest {
    private static final Offset<Double> EXACT = within(1e-12);
    private final GapAnalysis analysis =
            new GapAnalysis(SampleChains.graph(), AnalysisConfig.defaults().gaps());

    private LinkGap row(String chain, String link) {
        return analysis.of(chain).links().stream()
                .filter(r -> r.linkId().equals(link))
                .findFirst()
                .orElseThrow();
    }

    @Nested
    class Statuses {
        @Test
        void shouldExtendAnUncoveredUpstreamLinkWithNothingCoveredAboveIt() {
            // ore: nothing upstream, UPSTREAM stage; downstream material, cell, pack, vehicle, charging: (5+1)/7
            LinkGap ore = row("ev", "ev.ore");
            assertThat(ore.status()).isEqualTo(GapStatus.EXTEND);
            assertThat(ore.action()).isEqualTo("延链");
            assertThat(ore.criticality()).isCloseTo(6.0 / 7, EXACT);
            assertThat(ore.gapScore()).isCloseTo(6.0 / 7, EXACT);
            // material: covered pack lies downstream, but only the uncovered ore upstream; key: (4+1)/7 × 1.5
            LinkGap material = row("ev", "ev.material");
            assertThat(material.status()).isEqualTo(GapStatus.EXTEND);
            assertThat(material.gapScore()).isCloseTo(7.5 / 7, EXACT);
        }

        @Test
        void shouldFillAnUncoveredMidstreamLinkThatCoveredLinksDownstreamNeed() {
            // cell: pack and vehicle are covered downstream; key: (3+1)/7 × 1.5 = 6/7
            LinkGap cell = row("ev", "ev.cell");
            assertThat(cell.status()).isEqualTo(GapStatus.FILL);
            assertThat(cell.action()).isEqualTo("补链");
            assertThat(cell.coverage()).isZero();
            assertThat(cell.gapScore()).isCloseTo(6.0 / 7, EXACT);
        }

        @Test
        void shouldExtendAnUncoveredLinkWithNothingCoveredDownstream() {
            // charging: last link, nothing downstream: 1/7
            LinkGap charging = row("ev", "ev.charging");
            assertThat(charging.status()).isEqualTo(GapStatus.EXTEND);
            assertThat(charging.gapScore()).isCloseTo(1.0 / 7, EXACT);
        }

        @Test
        void shouldStrengthenALinkWithOneLocalEnterprise() {
            // pack: L3 only, below scale; weakness max(1/1, 0.5) = 1; (2+1)/7
            LinkGap pack = row("ev", "ev.pack");
            assertThat(pack.status()).isEqualTo(GapStatus.STRENGTHEN);
            assertThat(pack.action()).isEqualTo("强链");
            assertThat(pack.coverage()).isEqualTo(1);
            assertThat(pack.aboveScale()).isZero();
            assertThat(pack.gapScore()).isCloseTo(3.0 / 7, EXACT);
        }

        @Test
        void shouldStrengthenALinkMostlySuppliedFromOutside() {
            // motor: L4 and L5, both above scale, but dependency 300 / (100 + 300) = 0.75 > 0.5;
            // weakness max(1/2, 0.75) = 0.75; criticality (2+1)/7; gapScore 3/7 × 0.75 = 9/28
            LinkGap motor = row("ev", "ev.motor");
            assertThat(motor.status()).isEqualTo(GapStatus.STRENGTHEN);
            assertThat(motor.coverage()).isEqualTo(2);
            assertThat(motor.aboveScale()).isEqualTo(2);
            assertThat(motor.dependency()).isCloseTo(0.75, EXACT);
            assertThat(motor.gapScore()).isCloseTo(9.0 / 28, EXACT);
        }

        @Test
        void shouldStrengthenALinkWithoutAnAboveScaleEnterprise() {
            // one link, two local below-scale enterprises: criticality 1/1, weakness max(1/2, 0) = 0.5
            IndustryGraphBuilder b = oneLinkChain();
            b.enterprise(new EnterpriseNode("A", "A", true, null, Scale.BELOW, null, Set.of()))
                    .worksIn("A", "t.a");
            b.enterprise(new EnterpriseNode("B", "B", true, null, null, null, Set.of()))
                    .worksIn("B", "t.a");
            LinkGap a = new GapAnalysis(b.build(), AnalysisConfig.defaults().gaps())
                    .of("t")
                    .links()
                    .getFirst();
            assertThat(a.status()).isEqualTo(GapStatus.STRENGTHEN);
            assertThat(a.gapScore()).isCloseTo(0.5, EXACT);
        }

        @Test
        void shouldLeaveAWellCoveredLinkOkWithoutAction() {
            // vehicle: L1 and L2, both above scale, no supplies from it to local customers; key: (1+1)/7 × 1.5
            LinkGap vehicle = row("ev", "ev.vehicle");
            assertThat(vehicle.status()).isEqualTo(GapStatus.OK);
            assertThat(vehicle.action()).isNull();
            assertThat(vehicle.criticality()).isCloseTo(3.0 / 7, EXACT);
            assertThat(vehicle.gapScore()).isZero();
        }
    }

    @Nested
    class Dependency {
        @Test
        void shouldCountTiesWhenOneOfThemHasNoValue() {
            // pack: L3→L1 (no value) and N2→L1 (50): by count, 1 of 2 from outside
            assertThat(row("ev", "ev.pack").dependency()).isCloseTo(0.5, EXACT);
        }

        @Test
        void shouldCountASupplierInEachOfItsLinksAndIgnoreNonLocalCustomers() {
            // N1 works in cell and motor: N1→L1 (300) counts in both; N1→N4 goes to a non-local customer
            assertThat(row("ev", "ev.cell").dependency()).isCloseTo(1.0, EXACT);
            assertThat(row("ev", "ev.motor").dependency()).isCloseTo(0.75, EXACT);
        }

        @Test
        void shouldBeZeroWithoutSuppliesToLocalCustomers() {
            // vehicle: L2→N5 goes to a non-local customer
            assertThat(row("ev", "ev.vehicle").dependency()).isZero();
        }
    }

    @Nested
    class Chains {
        @Test
        void shouldSortByGapScoreThenLinkId() {
            // material 15/14; cell and ore 6/7 (cell first by id); pack 3/7; motor 9/28; charging 1/7; vehicle 0
            assertThat(analysis.of("ev").links())
                    .extracting(LinkGap::linkId)
                    .containsExactly(
                            "ev.material", "ev.cell", "ev.ore", "ev.pack", "ev.motor", "ev.charging", "ev.vehicle");
        }

        @Test
        void shouldNotBuildAChainWithALocalLeader() {
            // 3 of 7 links covered (pack, motor, vehicle); L1 leads ev
            assertThat(analysis.of("ev").chain())
                    .isEqualTo(new ChainSummary("ev", "新能源汽车", "New energy vehicles", 7, 3, 1, false));
        }

        @Test
        void shouldBuildAChainWithoutLocalLeaderAndFewCoveredLinks() {
            // hy: storage only, 1 of 4 = 25% < 30%; its leader N3 is not local
            assertThat(analysis.of("hy").chain())
                    .isEqualTo(new ChainSummary("hy", "氢能与储能", "Hydrogen and energy storage", 4, 1, 0, true));
        }

        @Test
        void shouldNotFollowFeedsIntoAnotherChain() {
            // hy.fuelcell also feeds ev.vehicle (covered): ignored, so fuelcell has only hy.station (uncovered)
            // downstream: EXTEND, key: (1+1)/4 × 1.5 = 0.75, and it sorts before hy.storage (3/4 × 1) by id
            LinkGap fuelcell = row("hy", "hy.fuelcell");
            assertThat(fuelcell.status()).isEqualTo(GapStatus.EXTEND);
            assertThat(fuelcell.criticality()).isCloseTo(0.75, EXACT);
            assertThat(analysis.of("hy").links())
                    .extracting(LinkGap::linkId)
                    .containsExactly("hy.electrolyser", "hy.fuelcell", "hy.storage", "hy.station");
        }

        @Test
        void shouldBuildAnEmptyChain() {
            GapReport vr = analysis.of("vr");
            assertThat(vr.links()).isEmpty();
            assertThat(vr.chain()).isEqualTo(new ChainSummary("vr", "虚拟现实", "Virtual reality", 0, 0, 0, true));
        }

        @Test
        void shouldNotBuildAChainWithExactlyThirtyPercentCovered() {
            // 3 of 10 links covered is not fewer than 30%
            IndustryGraphBuilder b = IndustryGraph.builder().chain(new ChainNode("t", "t"));
            for (int i = 0; i < 10; i++) {
                b.link(new LinkNode("t." + i, "t", null, LinkStage.MIDSTREAM, false));
            }
            for (int i = 0; i < 3; i++) {
                b.enterprise(new EnterpriseNode("E" + i, null, true, null, Scale.ABOVE, null, Set.of()))
                        .worksIn("E" + i, "t." + i);
            }
            assertThat(new GapAnalysis(b.build(), AnalysisConfig.defaults().gaps())
                            .of("t")
                            .chain()
                            .build())
                    .isFalse();
        }

        @Test
        void shouldCoverEveryChainById() {
            assertThat(analysis.all().chains()).extracting(r -> r.chain().id()).containsExactly("ev", "hy", "vr");
        }

        @Test
        void shouldRejectAnUnknownChain() {
            assertThatThrownBy(() -> analysis.of("nope")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static IndustryGraphBuilder oneLinkChain() {
        return IndustryGraph.builder()
                .chain(new ChainNode("t", "t"))
                .link(new LinkNode("t.a", "t", "a", LinkStage.MIDSTREAM, false));
    }
}
