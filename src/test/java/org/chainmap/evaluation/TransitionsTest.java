package org.chainmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.chainmap.domain.Scale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TransitionsTest {
    private static final List<String> CLASSES = List.of("A", "B", "C", "D");

    /*
     * 2024: a1 A, a2 B, a3 C, a4 D, x C (above-scale); b1 B, s A (below-scale)
     * 2025: a1 B, a2 A, a3 C, a4 C, y A, s D (above-scale; s grew out of its group); b1 B (below-scale)
     * x left, y entered; the other six were evaluated in both years.
     */
    private static final EvaluationResult Y2024 = result(
            2024,
            row("a1", Scale.ABOVE, "A", 90),
            row("a2", Scale.ABOVE, "B", 70),
            row("a3", Scale.ABOVE, "C", 50),
            row("a4", Scale.ABOVE, "D", 20),
            row("x", Scale.ABOVE, "C", 45),
            row("b1", Scale.BELOW, "B", 60),
            row("s", Scale.BELOW, "A", 95));
    private static final EvaluationResult Y2025 = result(
            2025,
            row("a1", Scale.ABOVE, "B", 72),
            row("a2", Scale.ABOVE, "A", 88),
            row("a3", Scale.ABOVE, "C", 51),
            row("a4", Scale.ABOVE, "C", 40),
            row("y", Scale.ABOVE, "A", 99),
            row("s", Scale.ABOVE, "D", 10),
            row("b1", Scale.BELOW, "B", 61));

    @Nested
    class OverBothGroups {
        private final Transitions t = Transitions.between(Y2024, Y2025, CLASSES, null);

        @Test
        void shouldCountEachEnterpriseEvaluatedInBothYearsInItsCellOfTheMatrix() {
            assertThat(t.matrix())
                    .isEqualTo(Map.of(
                            "A", Map.of("A", 0, "B", 1, "C", 0, "D", 1), // a1 A→B, s A→D
                            "B", Map.of("A", 1, "B", 1, "C", 0, "D", 0), // a2 B→A, b1 B→B
                            "C", Map.of("A", 0, "B", 0, "C", 1, "D", 0), // a3 C→C
                            "D", Map.of("A", 0, "B", 0, "C", 1, "D", 0))); // a4 D→C
            assertThat(t.matrix().keySet()).containsExactlyElementsOf(CLASSES);
        }

        @Test
        void shouldCountTheEnterprisesEvaluatedInOneYearOnlyAsEnteredOrLeft() {
            assertThat(t.entered()).isEqualTo(1); // y
            assertThat(t.left()).isEqualTo(1); // x
            assertThat(t.from()).isEqualTo(2024);
            assertThat(t.to()).isEqualTo(2025);
        }

        @Test
        void shouldListEveryEnterpriseOnceInTheGroupItWasInLastAboveScaleFirst() {
            assertThat(t.rows())
                    .extracting(TransitionRow::uscc)
                    .containsExactly("a1", "a2", "a3", "a4", "s", "x", "y", "b1");
            assertThat(t.rows()).extracting(TransitionRow::moved).containsExactly(-1, 1, 0, 1, -3, null, null, 0);
        }

        @Test
        void shouldLeaveTheClassScoreAndIndicatorsOfAYearWithoutEvaluationEmpty() {
            TransitionRow left = t.rows().get(5);
            assertThat(left.fromClass()).isEqualTo("C");
            assertThat(left.scoreFrom()).isEqualTo(45.0);
            assertThat(left.toClass()).isNull();
            assertThat(left.scoreTo()).isNull();
            assertThat(left.indicatorsTo()).isNull();
            assertThat(left.indicatorsFrom()).containsEntry("taxPerMu", 45.0 / 10);
        }
    }

    @Test
    void shouldKeepOneGroupByTheGroupOfTheLaterYear() {
        Transitions below = Transitions.between(Y2024, Y2025, CLASSES, Scale.BELOW);
        assertThat(below.rows()).extracting(TransitionRow::uscc).containsExactly("b1");
        assertThat(below.matrix().get("B").get("B")).isEqualTo(1);
        assertThat(below.matrix().values().stream()
                        .flatMap(m -> m.values().stream())
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(1);
        Transitions above = Transitions.between(Y2024, Y2025, CLASSES, Scale.ABOVE);
        assertThat(above.matrix().get("A").get("D"))
                .as("s, below-scale in 2024")
                .isEqualTo(1);
        assertThat(above.entered()).isEqualTo(1);
        assertThat(above.left()).isEqualTo(1);
    }

    @Test
    void shouldCountEveryoneAsEnteredWhenTheEarlierYearWasNotEvaluated() {
        Transitions t = Transitions.between(result(2023), Y2025, CLASSES, null);
        assertThat(t.entered()).isEqualTo(7);
        assertThat(t.left()).isZero();
        assertThat(t.matrix().get("A").values()).containsOnly(0);
    }

    private static EvaluationResult result(int year, EvaluationRow... rows) {
        return new EvaluationResult(
                year,
                List.of(rows).stream()
                        .map(r -> new EvaluationRow(
                                r.uscc(),
                                r.name(),
                                year,
                                r.scale(),
                                r.indicators(),
                                r.parts(),
                                r.score(),
                                r.rank(),
                                r.className(),
                                r.fundRatio(),
                                null,
                                null,
                                null,
                                List.of()))
                        .toList(),
                List.of());
    }

    /** A row whose only indicator is a tenth of its score. */
    private static EvaluationRow row(String uscc, Scale scale, String className, double score) {
        return new EvaluationRow(
                uscc,
                "企业" + uscc,
                0,
                scale,
                Map.of("taxPerMu", score / 10),
                Map.of("taxPerMu", score),
                score,
                1,
                className,
                1.0,
                null,
                null,
                null,
                List.of());
    }
}
