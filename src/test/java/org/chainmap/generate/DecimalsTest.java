package org.chainmap.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {
    @ParameterizedTest
    @CsvSource({
        "1234.5678, 2, 1234.57",
        "1234.5, 2, 1234.5",
        "1234.0, 2, 1234",
        "0.049, 2, 0.05",
        "0.004, 2, 0",
        "0.05, 2, 0.05",
        "-0.25, 2, -0.25",
        "-3.5, 0, -3",
        "1.0001, 4, 1.0001",
        "12345678.9, 0, 12345679"
    })
    void shouldWritePlainDecimalsWithoutTrailingZeros(double value, int digits, String expected) {
        assertThat(Decimals.of(value, digits)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"NaN"})
    void shouldLeaveAnUnknownValueEmpty(double value) {
        assertThat(Decimals.of(value, 2)).isEmpty();
    }
}
