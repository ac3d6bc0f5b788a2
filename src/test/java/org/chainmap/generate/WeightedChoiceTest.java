package org.chainmap.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WeightedChoiceTest {
    @Test
    void shouldPickInProportionToTheWeightsAndNeverAZeroWeight() {
        var choice = new WeightedChoice(new double[] {0, 1, 0, 3, 0});
        var rng = new SplittableRandom(1);
        int[] counts = new int[5];
        for (int k = 0; k < 40_000; k++) {
            counts[choice.pick(rng)]++;
        }
        assertThat(counts[0] + counts[2] + counts[4]).isZero();
        assertThat((double) counts[3] / counts[1]).isBetween(2.8, 3.2);
    }

    @Test
    void shouldPickWithinARunOfRunningSumsThatStartsAfresh() {
        double[] runs = {5, 10, 1, 1, 2, 4};
        var rng = new SplittableRandom(2);
        for (int k = 0; k < 1_000; k++) {
            assertThat(WeightedChoice.pick(runs, 2, 6, rng)).isBetween(2, 5);
        }
    }

    @Test
    void shouldRejectWeightsThatAreAllZeroOrNegative() {
        assertThatThrownBy(() -> new WeightedChoice(new double[] {0, 0})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeightedChoice(new double[] {1, -1})).isInstanceOf(IllegalArgumentException.class);
    }
}
