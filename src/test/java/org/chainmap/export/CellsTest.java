package org.chainmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {
    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+cmd", "-2", "@SUM(A1)", "\tx", "\rx", "\nx"})
    void shouldPrefixTextThatASpreadsheetWouldRunAsAFormula(String text) {
        assertThat(Cells.neutralised(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"青岛示例汽车有限公司", "a=b", "91370215MA0000001W", ""})
    void shouldLeaveOtherTextAsItIs(String text) {
        assertThat(Cells.neutralised(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"0.8571428571428571, 0.8571", "0.5, 0.5", "2.0, 2", "0.00001, 0", "1.23456, 1.2346"})
    void shouldRoundDecimalsForDisplay(double value, String shown) {
        assertThat(Cells.display(value, 4)).isEqualTo(shown);
    }
}
