package org.chainmap.analysis.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.projection.ChainNode;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.IndustryGraphBuilder;
import org.chainmap.analysis.projection.LinkNode;
import org.chainmap.analysis.targets.Evidence.Kind;
import org.chainmap.domain.LinkStage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The target ranking on the data district bureaus really have (SPEC section 4, sparse data): no revenues, no ties.
 * Chain c: c.a (upstream) → c.b → c.c, and c.d on its own; local L (Qingdao, 370215) works in c.b, the only covered
 * link. Gap scores: c.a EXTEND (upstream with nothing covered above it: 3/4), c.b STRENGTHEN (one local enterprise: 2/4), c.c and c.d EXTEND (1/4 each).
 *
 * <pre>
 * A  c.a        capital 1,000 万元 (1,000万元)   Qingdao 370211: same city        c.a feeds covered c.b
 * B  c.c        capital 15,000 万元 (1.5亿元)    Jinan 370102: same province      c.c is fed by covered c.b
 * C  c.d        50 employees                    Suzhou 320506: neighbouring      no flows: feasibility
 * D  c.c        nothing known                   Chengdu 510100: further          c.c is fed by covered c.b
 * E  c.b, c.d   nothing known                   Suzhou 320506: neighbouring      c.b: feasibility
 * </pre>
 *
 * Feasibility, from the non-local memberships A–c.a (3702), B–c.c (3701), C–c.d, E–c.b, E–c.d (3205), n = 5: region
 * 3205 has c.d (RCA (2/3)/(2/5) = 5/3) and c.b ((1/3)/(1/5) = 5/3); 3702 has c.a, 3701 c.c. So φ(c.d, c.b) = 1 and
 * every other pair 0: feasibility(c.d) = 1 (its one related link, c.b, is covered) and feasibility(c.b) = 0 (c.d is
 * not).
 */
class SparseDataTest {
    private static final Offset<Double> CLOSE = within(1e-12);
    static final String L = "91370215MA00000L01";
    static final String A = "91370211MA00000A01";
    static final String B = "91370102MA00000B01";
    static final String C = "91320506MA00000C01";
    static final String D = "91510100MA00000D01";
    static final String E = "91320506MA00000E01";

    static IndustryGraph graph() {
        IndustryGraphBuilder b = IndustryGraph.builder().chain(new ChainNode("c", "样例链", "Sample"));
        b.link(new LinkNode("c.a", "c", "原料", LinkStage.UPSTREAM, false));
        b.link(new LinkNode("c.b", "c", "部件", LinkStage.MIDSTREAM, false));
        b.link(new LinkNode("c.c", "c", "整机", LinkStage.DOWNSTREAM, false));
        b.link(new LinkNode("c.d", "c", "服务", LinkStage.DOWNSTREAM, false));
        b.flow("c.a", "c.b").flow("c.b", "c.c");
        b.enterprise(new EnterpriseNode(L, "本地部件", true, "山东省青岛市即墨区", null, null, Set.of()));
        b.worksIn(L, "c.b");
        outside(b, A, "甲原料", 1_000.0, null, "c.a");
        outside(b, B, "乙整机", 15_000.0, null, "c.c");
        outside(b, C, "丙服务", null, 50L, "c.d");
        outside(b, D, "丁整机", null, null, "c.c");
        outside(b, E, "戊部件", null, null, "c.b", "c.d");
        return b.build();
    }

    private static void outside(
            IndustryGraphBuilder b, String uscc, String name, Double capital, Long employees, String... links) {
        b.enterprise(new EnterpriseNode(uscc, name, false, null, null, null, Set.of(), capital, employees));
        for (String l : links) {
            b.worksIn(uscc, l);
        }
    }

    private static Map<String, TargetRow> rows(IndustryGraph graph, TargetWeights weights) {
        return new TargetRanking(graph, weights, AnalysisConfig.defaults().gaps())
                .rank("c", TargetFilter.NONE).stream().collect(Collectors.toMap(TargetRow::uscc, r -> r));
    }

    private final Map<String, TargetRow> rows =
            rows(graph(), AnalysisConfig.defaults().targets());

    @Nested
    class Strength {
        @Test
        void shouldMeasureSizeByCapitalWhereRevenueIsUnknownNormalisedOverTheCandidatesWithACapital() {
            // A: 0.7 × ln(1 + 1,000) / ln(1 + 15,000); B has the largest capital: 0.7 × 1
            assertThat(rows.get(A).parts().strength()).isCloseTo(0.2 * 0.7 * Math.log(1001) / Math.log(15_001), CLOSE);
            assertThat(rows.get(B).parts().strength()).isCloseTo(0.2 * 0.7, CLOSE);
            assertThat(rows.get(A).evidence())
                    .filteredOn(e -> e.kind() == Kind.CAPITAL)
                    .singleElement()
                    .satisfies(e -> assertThat(e.value("registeredCapital")).isEqualTo(1_000.0));
        }

        @Test
        void shouldMeasureSizeByEmployeesWhereRevenueAndCapitalAreUnknown() {
            // C alone has employees: ln 51 / ln 51
            assertThat(rows.get(C).parts().strength()).isCloseTo(0.2 * 0.7, CLOSE);
            assertThat(rows.get(C).evidence())
                    .extracting(Evidence::kind)
                    .contains(Kind.EMPLOYEES)
                    .doesNotContain(Kind.CAPITAL);
        }

        @Test
        void shouldGiveNoSizeWhereNothingIsKnown() {
            assertThat(rows.get(D).parts().strength()).isZero();
            assertThat(rows.get(D).evidence())
                    .extracting(Evidence::kind)
                    .doesNotContain(Kind.REVENUE, Kind.CAPITAL, Kind.EMPLOYEES);
        }
    }

    @Nested
    class Proximity {
        @Test
        void shouldGiveAQuarterToALinkThatFeedsOrIsFedByACoveredLinkMarkedInferred() {
            for (String uscc : List.of(A, B, D)) {
                assertThat(rows.get(uscc).parts().proximity()).as(uscc).isCloseTo(0.3 * 0.25, CLOSE);
                assertThat(rows.get(uscc).inferred()).containsExactly("proximity");
            }
            assertThat(rows.get(A).evidence())
                    .filteredOn(e -> e.kind() == Kind.STRUCTURAL)
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.basis()).isEqualTo(Evidence.Basis.INFERRED);
                        assertThat(e.value("direction")).isEqualTo(Evidence.Flow.FEEDS);
                        assertThat(e.value("neighbour")).isEqualTo(new Evidence.Named("c.b", "部件"));
                    });
            assertThat(rows.get(B).evidence())
                    .filteredOn(e -> e.kind() == Kind.STRUCTURAL)
                    .singleElement()
                    .satisfies(e -> assertThat(e.value("direction")).isEqualTo(Evidence.Flow.FED_BY));
        }

        @Test
        void shouldFallBackOnTheFeasibilityOfTheLinkWithoutTiesOrAJoinedCoveredLink() {
            // C in c.d: feasibility 1 → 0.25 × 1; E in c.b (its best gap link): feasibility 0
            assertThat(rows.get(C).parts().proximity()).isCloseTo(0.3 * 0.25, CLOSE);
            assertThat(rows.get(E).parts().proximity()).isZero();
            assertThat(rows.get(C).evidence())
                    .filteredOn(e -> e.kind() == Kind.FEASIBILITY)
                    .singleElement()
                    .satisfies(e -> assertThat(e.value("feasibility")).isEqualTo(1.0));
        }
    }

    @Nested
    class Place {
        @Test
        void shouldWeighEachTierOfNearness() {
            assertThat(rows.get(A).parts().place()).isCloseTo(0.05 * 1, CLOSE);
            assertThat(rows.get(B).parts().place()).isCloseTo(0.05 * 0.75, CLOSE);
            assertThat(rows.get(C).parts().place()).isCloseTo(0.05 * 0.5, CLOSE);
            assertThat(rows.get(D).parts().place()).isZero();
            assertThat(rows.get(A).evidence())
                    .filteredOn(e -> e.kind() == Kind.PLACE)
                    .singleElement()
                    .satisfies(e -> assertThat(e.value("tier")).isEqualTo(Places.Tier.SAME_CITY));
        }

        @Test
        void shouldTakeTheDistrictsCityFromTheConfigurationWhereItIsGiven() {
            // seen from Suzhou (3205): C and E are in the same city, A and B in a neighbouring province
            TargetWeights fromSuzhou =
                    new TargetWeights(0.4, 0.2, 0.3, 0.1, 0.05, 0.7, 0.25, 0.5, 0.5, 0.25, 0.25, "320506");
            Map<String, TargetRow> seen = rows(graph(), fromSuzhou);
            assertThat(seen.get(C).parts().place()).isCloseTo(0.05, CLOSE);
            assertThat(seen.get(A).parts().place()).isCloseTo(0.05 * 0.5, CLOSE);
        }
    }

    @Nested
    class Order {
        @Test
        void shouldSumThePartsWorkedByHandAndRankByThem() {
            double a = 0.4 * 0.75 + 0.2 * 0.7 * Math.log(1001) / Math.log(15_001) + 0.075 + 0.05;
            double b = 0.4 * 0.25 + 0.2 * 0.7 + 0.075 + 0.05 * 0.75;
            double c = 0.4 * 0.25 + 0.2 * 0.7 + 0.075 + 0.05 * 0.5;
            double e = 0.4 * 0.5 + 0.05 * 0.5;
            double d = 0.4 * 0.25 + 0.075;
            assertThat(rows.get(A).score()).isCloseTo(a, CLOSE);
            assertThat(rows.get(B).score()).isCloseTo(b, CLOSE);
            assertThat(rows.get(C).score()).isCloseTo(c, CLOSE);
            assertThat(rows.get(E).score()).isCloseTo(e, CLOSE);
            assertThat(rows.get(D).score()).isCloseTo(d, CLOSE);
            assertThat(new TargetRanking(
                                    graph(),
                                    AnalysisConfig.defaults().targets(),
                                    AnalysisConfig.defaults().gaps())
                            .rank("c", TargetFilter.NONE))
                    .extracting(TargetRow::uscc)
                    .containsExactly(A, B, C, E, D);
        }

        @Test
        void shouldOrderEqualScoresByPlaceThenStrengthThenNameNeverByCodeAlone() {
            // place and strength weigh nothing here, so all that differs is how each orders the tied rows
            TargetWeights flat = new TargetWeights(0.4, 0, 0.3, 0.1, 0, 0.7, 0.25, 0.5, 0.5, 0.25, 0.25, null);
            IndustryGraphBuilder b = IndustryGraph.builder().chain(new ChainNode("c", "样例链", "Sample"));
            b.link(new LinkNode("c.a", "c", "原料", LinkStage.UPSTREAM, false));
            // codes in the opposite order to what should come first
            outside(b, "91510100MA00000Z01", "子", 10.0, null, "c.a"); // further, the same capital as the next
            outside(b, "91510100MA00000Y01", "丑", 10.0, null, "c.a"); // further: by name, 丑 before 子
            outside(b, "91510100MA00000X01", "寅", 500.0, null, "c.a"); // further, larger
            outside(b, "91370211MA00000W01", "卯", null, null, "c.a"); // same city, nothing known
            b.enterprise(new EnterpriseNode("91370215MA00000L02", "本地", true, null, null, null, Set.of()));
            List<TargetRow> ranked =
                    new TargetRanking(b.build(), flat, AnalysisConfig.defaults().gaps()).rank("c", TargetFilter.NONE);
            assertThat(ranked)
                    .extracting(TargetRow::score)
                    .containsOnly(ranked.getFirst().score());
            assertThat(ranked).extracting(TargetRow::name).containsExactly("卯", "寅", "丑", "子");
        }
    }
}
