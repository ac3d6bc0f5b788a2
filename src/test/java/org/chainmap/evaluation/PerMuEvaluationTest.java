package org.chainmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chainmap.evaluation.InputBuilder.above;
import static org.chainmap.evaluation.InputBuilder.below;

import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.chainmap.domain.Scale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PerMuEvaluationTest {
    private static final Offset<Double> EXACT = within(1e-9);

    private static EvaluationResult evaluateWithDefaults(InputBuilder... inputs) {
        return new PerMuEvaluation(EvaluationConfig.defaults())
                .evaluate(
                        2025,
                        java.util.Arrays.stream(inputs).map(InputBuilder::build).toList());
    }

    private static EvaluationRow row(EvaluationResult result, String uscc) {
        return result.rows().stream()
                .filter(r -> r.uscc().equals(uscc))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Five above-scale enterprises, default weights (taxPerMu 30, valueAddedPerMu 20, valueAddedPerTce 20,
     * valueAddedPerEmissions 10, labourProductivity 10, rndShare 10) and cap 2. Every enterprise has value added per
     * tce 10, per unit of emissions 100 and per employee 50, and every one with land has value added per mu 20: those
     * indicators sit at their benchmark and score their full weight (20 + 20 + 10 + 10 = 60) for all five. The group
     * differs in tax per mu and R&D share:
     *
     * <pre>
     *      land                        tax   taxPerMu  R&D / revenue
     * E1   10 own                      120   12        20 / 1000 = 0.02
     * E2   50 × 4000 / 20000 = 10      40    4         unknown
     *      (tenant of a 4-storey park of 50 mu and 20,000 m², using 4,000 m²)
     * E3   20 own                      40    2         100 / 2000 = 0.05
     * E4   5 own                       10    2         25 / 500 = 0.05
     * E5   0                           50    missing   80 / 1000 = 0.08
     * </pre>
     */
    @Nested
    class AnAboveScaleGroup {
        final EvaluationResult result = evaluateWithDefaults(
                above("E1")
                        .land(10)
                        .tax(120)
                        .valueAdded(200)
                        .energyTce(20)
                        .emissions(2)
                        .employees(4)
                        .revenue(1000)
                        .rnd(20),
                above("E2")
                        .floorArea(4000)
                        .tenantOf("pk", 50, 20_000, 4)
                        .tax(40)
                        .valueAdded(200)
                        .energyTce(20)
                        .emissions(2)
                        .employees(4)
                        .revenue(1000),
                above("E3")
                        .land(20)
                        .tax(40)
                        .valueAdded(400)
                        .energyTce(40)
                        .emissions(4)
                        .employees(8)
                        .revenue(2000)
                        .rnd(100),
                above("E4")
                        .land(5)
                        .tax(10)
                        .valueAdded(100)
                        .energyTce(10)
                        .emissions(1)
                        .employees(2)
                        .revenue(500)
                        .rnd(25),
                above("E5")
                        .land(0)
                        .tax(50)
                        .valueAdded(300)
                        .energyTce(30)
                        .emissions(3)
                        .employees(6)
                        .revenue(1000)
                        .rnd(80));

        @Test
        void shouldBenchmarkEachIndicatorOnTheMeanOfTheEnterprisesThatHaveIt() {
            EvaluationGroup group = result.groups().getFirst();
            // taxPerMu: (12 + 4 + 2 + 2) / 4 = 5, E5 has no land; rndShare: (0.02 + 0.05 + 0.05 + 0.08) / 4 = 0.05
            assertThat(group.benchmarks().get("taxPerMu")).isCloseTo(5, EXACT);
            assertThat(group.benchmarks().get("rndShare")).isCloseTo(0.05, EXACT);
            assertThat(group.benchmarks().get("valueAddedPerMu")).isCloseTo(20, EXACT);
        }

        @Test
        void shouldCapAnIndicatorAtTwiceItsBenchmark() {
            // E1: 12 / 5 = 2.4, capped at 2: 30 × 2 = 60
            assertThat(row(result, "E1").parts().get("taxPerMu")).isCloseTo(60, EXACT);
            // E2: 30 × 4 / 5 = 24
            assertThat(row(result, "E2").parts().get("taxPerMu")).isCloseTo(24, EXACT);
        }

        @Test
        void shouldGiveAMissingIndicatorTheGroupsAverageScoreForIt() {
            // rndShare parts of the others: 10 × 0.02/0.05 = 4, 10, 10, 10 × 0.08/0.05 = 16; average 40 / 4 = 10
            EvaluationRow e2 = row(result, "E2");
            assertThat(e2.indicators().get("rndShare")).isNull();
            assertThat(e2.parts().get("rndShare")).isCloseTo(10, EXACT);
            assertThat(e2.imputed()).containsExactly("rndShare");
        }

        @Test
        void shouldTreatZeroLandAsMissingForThePerMuIndicators() {
            // taxPerMu parts of the others: 60, 24, 12, 12, average 27; valueAddedPerMu: 20 for all, average 20
            EvaluationRow e5 = row(result, "E5");
            assertThat(e5.indicators().get("taxPerMu")).isNull();
            assertThat(e5.parts().get("taxPerMu")).isCloseTo(27, EXACT);
            assertThat(e5.parts().get("valueAddedPerMu")).isCloseTo(20, EXACT);
            assertThat(e5.imputed()).containsExactly("taxPerMu", "valueAddedPerMu");
        }

        @Test
        void shouldApportionAMultiStoreyParksLandToATenantByFloorArea() {
            EvaluationRow e2 = row(result, "E2");
            assertThat(e2.landMu()).isCloseTo(10, EXACT);
            assertThat(e2.landApportionedFrom()).isEqualTo("pk");
            assertThat(e2.indicators().get("taxPerMu")).isCloseTo(4, EXACT);
        }

        @Test
        void shouldAddThePartsUpToTheScore() {
            // E1 60 + 60 + 4 = 124; E5 27 + 60 + 16 = 103; E2 24 + 60 + 10 = 94; E3 and E4 12 + 60 + 10 = 82
            assertThat(result.rows()).extracting(EvaluationRow::uscc).containsExactly("E1", "E5", "E2", "E3", "E4");
            assertThat(result.rows())
                    .extracting(EvaluationRow::score)
                    .usingComparatorForType((a, b) -> Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b), Double.class)
                    .containsExactly(124.0, 103.0, 94.0, 82.0, 82.0);
            for (EvaluationRow r : result.rows()) {
                assertThat(r.parts().values().stream()
                                .mapToDouble(Double::doubleValue)
                                .sum())
                        .isCloseTo(r.score(), EXACT);
            }
        }

        @Test
        void shouldLetTiedEnterprisesShareTheBetterClassAcrossABoundary() {
            // n = 5, p = rank / 5: E1 0.2 → A; E5 0.4 and E2 0.6 → B; E3 0.8 → C; E4 alone would be 1.0 → D,
            // but it ties with E3 (both 82), so it takes E3's class C. Ranks stay distinct, by code.
            assertThat(result.rows()).extracting(EvaluationRow::rank).containsExactly(1, 2, 3, 4, 5);
            assertThat(result.rows()).extracting(EvaluationRow::className).containsExactly("A", "B", "B", "C", "C");
            assertThat(result.rows()).extracting(EvaluationRow::fundRatio).containsExactly(1.0, 1.0, 1.0, 0.8, 0.8);
            assertThat(result.groups().getFirst().classes()).isEqualTo(Map.of("A", 1, "B", 2, "C", 2, "D", 0));
        }

        @Test
        void shouldSayNothingAboutANextClassForClassA() {
            assertThat(row(result, "E1").nextClass()).isNull();
        }

        @Test
        void shouldNameTheScoreAndTheExtraTaxThatReachTheNextClass() {
            // E2 (B) to A: the one A place is held by E1's 124, gap 124 - 94 = 30. Tax alone: its taxPerMu part must
            // rise from 24 to 54 = 30 × v / 5, so v = 9 per mu, 5 more on its 10 mu: 50 万元.
            assertThat(row(result, "E2").nextClass()).satisfies(n -> {
                assertThat(n.className()).isEqualTo("A");
                assertThat(n.scoreNeeded()).isCloseTo(124, EXACT);
                assertThat(n.scoreGap()).isCloseTo(30, EXACT);
                assertThat(n.extraTaxPerMu()).isCloseTo(5, EXACT);
                assertThat(n.extraTax()).isCloseTo(50, EXACT);
            });
            // E3 (C) to B: B spans ranks up to 0.70 × 5 = 3.5, so 3 places; the third best of the others is E2's
            // 94, gap 12: taxPerMu part 12 → 24, v = 2 → 4 per mu, 2 more on 20 mu: 40 万元.
            assertThat(row(result, "E3").nextClass()).isEqualTo(new NextClass("B", 94, 12, 40.0, 2.0));
            // E4 the same gap on 5 mu: 10 万元.
            assertThat(row(result, "E4").nextClass())
                    .satisfies(n -> assertThat(n.extraTax()).isCloseTo(10, EXACT));
        }

        @Test
        void shouldNotOfferATaxFigureWhenTaxPerMuCannotBeComputed() {
            // E5 (B) to A: gap 124 - 103 = 21; without land its taxPerMu is the average, which tax does not move
            NextClass n = row(result, "E5").nextClass();
            assertThat(n.className()).isEqualTo("A");
            assertThat(n.scoreGap()).isCloseTo(21, EXACT);
            assertThat(n.extraTax()).isNull();
            assertThat(n.extraTaxPerMu()).isNull();
        }
    }

    /**
     * Four below-scale enterprises, default weights taxPerMu 50 and taxPerKwh 50 (tax in 元 per kWh):
     *
     * <pre>
     *      tax  land  kWh       taxPerMu  taxPerKwh
     * B1   30   5     100,000   6         3
     * B2   20   10    200,000   2         1
     * B3   10   -     50,000    missing   2
     * B4   16   4     80,000    4         2
     * </pre>
     *
     * Benchmarks: taxPerMu (6 + 2 + 4) / 3 = 4, taxPerKwh (3 + 1 + 2 + 2) / 4 = 2. Parts: B1 75 + 75 = 150; B2 25 + 25 =
     * 50; B3 50 (the average of 75, 25, 50) + 50 = 100; B4 50 + 50 = 100.
     */
    @Nested
    class ABelowScaleGroup {
        final EvaluationResult result = evaluateWithDefaults(
                below("B1").tax(30).land(5).electricityKwh(100_000),
                below("B2").tax(20).land(10).electricityKwh(200_000),
                below("B3").tax(10).electricityKwh(50_000),
                below("B4").tax(16).land(4).electricityKwh(80_000));

        @Test
        void shouldScoreOnItsOwnTwoIndicators() {
            assertThat(row(result, "B1").parts()).containsOnlyKeys("taxPerMu", "taxPerKwh");
            assertThat(row(result, "B1").indicators().get("taxPerKwh")).isCloseTo(3, EXACT);
            assertThat(result.rows()).extracting(EvaluationRow::uscc).containsExactly("B1", "B3", "B4", "B2");
            assertThat(result.rows())
                    .extracting(r -> Math.round(r.score() * 1e6) / 1e6)
                    .containsExactly(150.0, 100.0, 100.0, 50.0);
        }

        @Test
        void shouldLetTheTieAtRanksTwoAndThreeShareClassB() {
            // n = 4: B1 0.25 → A; B3 0.5 → B; B4 0.75 would be C, but ties with B3 → B; B2 1.0 → D
            assertThat(result.rows()).extracting(EvaluationRow::className).containsExactly("A", "B", "B", "D");
            assertThat(result.rows()).extracting(EvaluationRow::fundRatio).containsExactly(1.0, 1.0, 1.0, 0.0);
        }

        @Test
        void shouldRaiseEveryTaxDrivenIndicatorWhenWorkingOutTheExtraTax() {
            // B4 to A: gap 50. Both parts grow with tax T: 50 × (T / 4) / 4 and 50 × (T × 10,000 / 80,000) / 2, each
            // 3.125 per 万元: 50 / 6.25 = 8 万元 (T = 24: taxPerMu 6, ratio 1.5, still under the cap), 2 per mu.
            assertThat(row(result, "B4").nextClass()).satisfies(n -> {
                assertThat(n.className()).isEqualTo("A");
                assertThat(n.extraTax()).isCloseTo(8, EXACT);
                assertThat(n.extraTaxPerMu()).isCloseTo(2, EXACT);
            });
        }

        @Test
        void shouldStopAnIndicatorAtItsCapWhenWorkingOutTheExtraTax() {
            // B3 to A: gap 50 from taxPerKwh alone (taxPerMu is imputed): 50 → 100 is exactly the cap, 4 元/kWh,
            // i.e. 2 元 more on 50,000 kWh = 100,000 元 = 10 万元; no land, so no figure per mu
            assertThat(row(result, "B3").nextClass()).satisfies(n -> {
                assertThat(n.extraTax()).isCloseTo(10, EXACT);
                assertThat(n.extraTaxPerMu()).isNull();
            });
        }

        @Test
        void shouldNameTheClassThatTheNeededScoreActuallyReaches() {
            // B2 (D) to C: C spans 0.95 × 4 = 3.8, so 3 places; the third best other score is 100. At 100 B2 ties
            // with B3 and B4, and the tie rule gives all three B: the class named is B. Extra tax: parts
            // 50 × (T / 10) / 4 + 50 × (T / 20) / 2 = 2.5 T grow by 50 at T + 20.
            assertThat(row(result, "B2").nextClass()).satisfies(n -> {
                assertThat(n.className()).isEqualTo("B");
                assertThat(n.scoreNeeded()).isCloseTo(100, EXACT);
                assertThat(n.extraTax()).isCloseTo(20, EXACT);
            });
        }
    }

    @Nested
    class Groups {
        @Test
        void shouldEvaluateAboveAndBelowScaleSeparately() {
            EvaluationResult result = evaluateWithDefaults(
                    above("A1").tax(10).land(1),
                    below("B1").tax(1).land(1),
                    above("A2").tax(20).land(1));
            // each group has its own benchmark: above (10 + 20) / 2 = 15, below 1
            assertThat(result.groups()).extracting(EvaluationGroup::scale).containsExactly(Scale.ABOVE, Scale.BELOW);
            assertThat(result.groups().get(0).benchmarks().get("taxPerMu")).isCloseTo(15, EXACT);
            assertThat(result.groups().get(1).benchmarks().get("taxPerMu")).isCloseTo(1, EXACT);
            assertThat(result.rows()).extracting(EvaluationRow::uscc).containsExactly("A2", "A1", "B1");
            assertThat(result.only(Scale.BELOW).rows())
                    .extracting(EvaluationRow::uscc)
                    .containsExactly("B1");
        }

        @Test
        void shouldDecideAnUnknownScaleByRevenue() {
            EvaluationResult result = evaluateWithDefaults(
                    InputBuilder.unknownScale("U1").revenue(2000).tax(1).land(1),
                    InputBuilder.unknownScale("U2").revenue(1999).tax(1).land(1),
                    InputBuilder.unknownScale("U3").tax(1).land(1));
            assertThat(result.rows())
                    .extracting(EvaluationRow::uscc, EvaluationRow::scale)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("U1", Scale.ABOVE),
                            org.assertj.core.groups.Tuple.tuple("U2", Scale.BELOW),
                            org.assertj.core.groups.Tuple.tuple("U3", Scale.BELOW));
        }

        @Test
        void shouldLetTiedLeadersBothBeClassA() {
            // one indicator, taxPerMu 5, 5, 1, 1: ranks 1 and 2 tie (p 0.25 and 0.5) and both are A; ranks 3 and 4
            // tie (p 0.75 and 1.0) and both are C
            var config = new EvaluationConfig(
                    List.of(IndicatorRule.ofMean(Indicator.TAX_PER_MU, 100)),
                    EvaluationConfig.defaults().below(),
                    2,
                    EvaluationConfig.defaults().classes());
            EvaluationResult result = new PerMuEvaluation(config)
                    .evaluate(
                            2025,
                            List.of(
                                    above("X4").tax(1).land(1).build(),
                                            above("X2").tax(5).land(1).build(),
                                    above("X1").tax(5).land(1).build(),
                                            above("X3").tax(1).land(1).build()));
            assertThat(result.rows()).extracting(EvaluationRow::uscc).containsExactly("X1", "X2", "X3", "X4");
            assertThat(result.rows()).extracting(EvaluationRow::className).containsExactly("A", "A", "C", "C");
            // C to B: B has floor(0.7 × 4) = 2 places, both held by a 5; matching 5 ties with the leaders: A
            assertThat(row(result, "X3").nextClass().className()).isEqualTo("A");
        }

        @Test
        void shouldOfferNoNextClassWhenTheGroupIsTooSmallForABetterOne() {
            // n = 2: A has floor(0.25 × 2) = 0 places, so the leader is B and has nowhere to go
            EvaluationResult result = evaluateWithDefaults(
                    below("S1").tax(2).land(1), below("S2").tax(1).land(1));
            assertThat(result.rows()).extracting(EvaluationRow::className).containsExactly("B", "D");
            assertThat(row(result, "S1").nextClass()).isNull();
            assertThat(row(result, "S2").nextClass().className()).isEqualTo("B");
        }

        @Test
        void shouldScoreAFixedBenchmarkInsteadOfTheMean() {
            var config = new EvaluationConfig(
                    EvaluationConfig.defaults().above(),
                    List.of(new IndicatorRule(Indicator.TAX_PER_MU, 100, 10.0)),
                    2,
                    EvaluationConfig.defaults().classes());
            EvaluationResult result = new PerMuEvaluation(config)
                    .evaluate(
                            2025,
                            List.of(
                                    below("F1").tax(5).land(1).build(),
                                    below("F2").tax(30).land(1).build()));
            // 100 × 5 / 10 = 50; 100 × min(2, 30 / 10) = 200
            assertThat(row(result, "F1").score()).isCloseTo(50, EXACT);
            assertThat(row(result, "F2").score()).isCloseTo(200, EXACT);
        }

        @Test
        void shouldScoreANegativeValueAsANegativePart() {
            // taxPerMu -2 and 6, mean 2: 50 × -2 / 2 = -50 (the formula has no floor) and 50 × min(2, 3) = 100
            EvaluationResult result = evaluateWithDefaults(
                    below("N1").tax(-2).land(1), below("N2").tax(6).land(1));
            assertThat(row(result, "N1").parts().get("taxPerMu")).isCloseTo(-50, EXACT);
            assertThat(row(result, "N2").parts().get("taxPerMu")).isCloseTo(100, EXACT);
        }

        @Test
        void shouldScoreNothingForAnIndicatorNoEnterpriseHas() {
            // nobody reports electricity: taxPerKwh has no benchmark, and every part of it is 0
            EvaluationResult result = evaluateWithDefaults(
                    below("Z1").tax(2).land(1), below("Z2").tax(2).land(1));
            assertThat(result.groups().getFirst().benchmarks().get("taxPerKwh")).isNull();
            assertThat(row(result, "Z1").parts().get("taxPerKwh")).isZero();
            assertThat(row(result, "Z1").score()).isCloseTo(50, EXACT);
        }
    }
}
