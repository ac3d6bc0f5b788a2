package org.chainmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExportTest {
    private static Sheet sample() {
        return new Sheet("targets", "uscc", "name", "score", "leader")
                .row("91310115MA0000101L", "上海动力电芯股份有限公司", 0.9128571428571429, true)
                .row("91310115MA0000102P", "=HYPERLINK(\"http://x\")", 0.5, null);
    }

    @Nested
    class Csv {
        @Test
        void shouldWriteUtf8WithAByteOrderMarkRoundedNumbersAndNeutralisedText() throws IOException {
            var out = new ByteArrayOutputStream();
            CsvExport.write(sample(), out);
            byte[] bytes = out.toByteArray();
            assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            assertThat(text.split("\r\n"))
                    .containsExactly(
                            "uscc,name,score,leader",
                            "91310115MA0000101L,上海动力电芯股份有限公司,0.9129,true",
                            "91310115MA0000102P,\"'=HYPERLINK(\"\"http://x\"\")\",0.5,");
        }
    }

    @Nested
    class Xlsx {
        @Test
        void shouldKeepNumbersAsNumbersAndNeutraliseText() throws IOException {
            var out = new ByteArrayOutputStream();
            XlsxExport.write(List.of(sample(), new Sheet("empty", "a")), out);
            try (var wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                assertThat(wb.getSheets().map(s -> s.getName()).toList()).containsExactly("targets", "empty");
                List<Row> rows = wb.getFirstSheet().read();
                assertThat(rows.get(0).getCellText(1)).isEqualTo("name");
                assertThat(rows.get(1).getCellText(1)).isEqualTo("上海动力电芯股份有限公司");
                assertThat(rows.get(1).getCellAsNumber(2).orElseThrow().doubleValue())
                        .isEqualTo(0.9128571428571429);
                assertThat(rows.get(1).getCellAsBoolean(3)).contains(true);
                assertThat(rows.get(2).getCellText(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
            }
        }

        @Test
        void shouldMakeWorksheetNamesExcelAccepts() {
            assertThat(XlsxExport.safeName("a/b:c?" + "x".repeat(40)))
                    .hasSize(31)
                    .startsWith("a_b_c_");
        }
    }

    @Nested
    class Tables {
        @Test
        void shouldPutSeveralSheetsInLongFormForCsv() {
            var points = new Sheet("articulationPoints", "uscc", "name").row("A", "a");
            var concentration = new Sheet("concentration", "linkId", "hhi").row("ev.cell", 1.0);
            Sheet all = Tabular.of(List.of(points, concentration)).csv();
            assertThat(all.columns()).containsExactly("part", "uscc", "name", "linkId", "hhi");
            assertThat(all.rows())
                    .containsExactly(
                            java.util.Arrays.asList("articulationPoints", "A", "a", null, null),
                            java.util.Arrays.asList("concentration", null, null, "ev.cell", 1.0));
        }

        @Test
        void shouldRoundForTheTerminalAndLeaveOutLongColumns() {
            String text = Tabular.of(sample()).omittingOnTerminal("leader").render();
            assertThat(text).contains("0.913").doesNotContain("leader").doesNotContain("0.9128");
        }
    }
}
