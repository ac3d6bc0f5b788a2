package org.chainmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@link Sheet}s as an XLSX workbook, one worksheet each: numbers as numbers at full precision shown with
 * 4 decimals, booleans as booleans, text neutralised against formulas ({@link Cells}), a bold header row.
 */
public final class XlsxExport {
    private XlsxExport() {}

    /** Writes the workbook; the stream is not closed. */
    public static void write(List<Sheet> sheets, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "chainmap", "1.0");
        for (Sheet sheet : sheets) {
            Worksheet ws = wb.newWorksheet(safeName(sheet.name()));
            for (int c = 0; c < sheet.columns().size(); c++) {
                ws.value(0, c, Cells.neutralised(sheet.columns().get(c)));
            }
            ws.range(0, 0, 0, Math.max(0, sheet.columns().size() - 1))
                    .style()
                    .bold()
                    .set();
            int r = 1;
            for (List<Object> row : sheet.rows()) {
                for (int c = 0; c < row.size(); c++) {
                    cell(ws, r, c, row.get(c));
                }
                r++;
            }
        }
        wb.finish();
    }

    private static void cell(Worksheet ws, int r, int c, Object v) {
        switch (v) {
            case null -> {}
            case Double d when d.isNaN() || d.isInfinite() -> {}
            case Double d -> {
                ws.value(r, c, d);
                ws.style(r, c).format("0.0000").set();
            }
            case Number n -> ws.value(r, c, n);
            case Boolean b -> ws.value(r, c, b);
            default -> ws.value(r, c, Cells.neutralised(v.toString()));
        }
    }

    /** Worksheet names: at most 31 characters, none of {@code []:*?/\}. */
    static String safeName(String name) {
        String s = name.replaceAll("[\\[\\]:*?/\\\\]", "_");
        return s.isEmpty() ? "Sheet" : s.substring(0, Math.min(31, s.length()));
    }
}
