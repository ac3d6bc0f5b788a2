package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowTest {
    private final Problems problems = new Problems();

    /** A supplies.csv row whose value and since cells hold the given text. */
    private Row supply(String value, String since) {
        Header header = Header.read(
                ImportFile.SUPPLIES,
                "supplies.csv",
                List.of("supplier_uscc", "customer_uscc", "value", "since"),
                problems);
        return new Row("supplies.csv", header, new RawRow(7, List.of("a", "b", value, since)), problems);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024|2024",
                "2024-03|2024-03",
                "2024-03-05|2024-03-05",
                "2024/3/5|2024-03-05",
                "2024.3|2024-03",
                "2024-3-15|2024-03-15",
                "2024-12-5|2024-12-05",
            })
    void shouldWriteEveryAcceptedDateAsIsoText(String cell, String iso) {
        assertThat(supply("", cell).date("since")).isEqualTo(iso);
        assertThat(problems.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"2024-13", "2024-02-32", "24-03", "2024-03-05T10:00", "三月"})
    void shouldRefuseADateItCannotRead(String cell) {
        assertThat(supply("", cell).date("since")).isNull();
        assertThat(problems.sorted())
                .extracting(Problem::toString)
                .containsExactly(
                        "supplies.csv:7: since: not a date: '" + cell + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "93.26|93.26",
                "\"1,234.5\"|1234.5",
                "-0.5|-0.5",
                "+.25|0.25",
                "7.|7",
                "1e3|1000",
                "0.1|0.1",
                "12345678901234567890.5|12345678901234567890.5",
            })
    void shouldReadDecimalsToTheNearestDouble(String cell, String expected) {
        assertThat(supply(cell, "").decimal("value")).isEqualTo(new BigDecimal(expected).doubleValue());
        assertThat(problems.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"三千", "1.2.3", "0x10", "NaN", "Infinity", "1e", "--1"})
    void shouldRefuseWhatIsNotADecimalNumber(String cell) {
        assertThat(supply(cell, "").decimal("value")).isNull();
        assertThat(problems.sorted())
                .extracting(Problem::toString)
                .containsExactly("supplies.csv:7: value: not a number: '" + cell + "'");
    }

    @Test
    void shouldSayANumberBeyondTheDoubleRangeIsOutOfRange() {
        assertThat(supply("1e400", "").decimal("value")).isNull();
        assertThat(problems.sorted())
                .extracting(Problem::toString)
                .containsExactly("supplies.csv:7: value: number out of range: '1e400'");
    }
}
