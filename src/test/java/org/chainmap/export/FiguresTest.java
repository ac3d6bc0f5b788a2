package org.chainmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void shouldWriteWholeNumbersGroupedAsTheFormatterDoes() {
        assertThat(Figures.grouped(0)).isEqualTo("0");
        assertThat(Figures.grouped(999.5)).isEqualTo("1,000");
        assertThat(Figures.grouped(1_234_567.49)).isEqualTo("1,234,567");
        assertThat(Figures.grouped(-12_345)).isEqualTo("-12,345");
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double value = Math.pow(10, random.nextDouble() * 9) * (random.nextBoolean() ? 1 : -1);
            assertThat(Figures.grouped(value)).as("%s", value).isEqualTo(String.format(Locale.ROOT, "%,.0f", value));
        }
    }

    @Test
    void shouldWriteThreeDecimalsAsTheFormatterDoes() {
        assertThat(Figures.threeDecimals(1.0 / 3)).isEqualTo("0.333");
        assertThat(Figures.threeDecimals(2)).isEqualTo("2.000");
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            double value = random.nextDouble() * 50;
            assertThat(Figures.threeDecimals(value))
                    .as("%s", value)
                    .isEqualTo(String.format(Locale.ROOT, "%.3f", value));
        }
    }
}
