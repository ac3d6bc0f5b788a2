package org.chainmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes {@link Sheet}s as an XLSX workbook, one worksheet each: numbers as numbers at full precision shown with
 * 4 decimals, booleans as booleans, text neutralised against formulas ({@link Cells}), a bold header row. {@link
 * #writeForPeople} makes the workbook an analyst opens: title rows saying what it holds, headers and coded values in
 * their language, numbers in their display formats, the header frozen and filtered, and a notes sheet.
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

    /**
     * The workbook for people: the main sheet first (the one a CSV of the same answer holds), under {@code title}
     * lines; each sheet's header in {@code labels}' language, coded values as labels, numbers as numbers shown in
     * their column's format, sensible widths, the header frozen and filtered; then a notes sheet (说明) defining
     * every column. The stream is not closed.
     */
    public static void writeForPeople(Tabular tables, Labels labels, List<String> title, OutputStream out)
            throws IOException {
        Workbook wb = new Workbook(out, "chainmap", "1.0");
        List<Sheet> sheets = new java.util.ArrayList<>(tables.sheets());
        if (sheets.remove(tables.csv())) {
            sheets.addFirst(tables.csv());
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            Worksheet ws = wb.newWorksheet(unique(safeName(labels.sheet(sheet.name())), names));
            int top = 0;
            if (i == 0) {
                for (String line : title) {
                    ws.value(top, 0, Cells.neutralised(line));
                    ws.style(top, 0).bold().set();
                    top++;
                }
                top++;
            }
            writePeopleSheet(ws, sheet, labels, top);
        }
        Worksheet notes = wb.newWorksheet(unique(safeName(labels.sheet("notes")), names));
        notes.value(0, 0, labels.word("precision"));
        String[] header = {labels.word("sheet"), labels.word("column"), labels.word("field"), labels.word("meaning")};
        for (int c = 0; c < header.length; c++) {
            notes.value(2, c, header[c]);
        }
        notes.range(2, 0, 2, header.length - 1).style().bold().set();
        int r = 3;
        for (Sheet sheet : sheets) {
            for (String field : sheet.columns()) {
                notes.value(r, 0, labels.sheet(sheet.name()));
                notes.value(r, 1, labels.column(sheet.name(), field));
                notes.value(r, 2, field);
                notes.value(r, 3, labels.about(sheet.name(), field));
                r++;
            }
        }
        notes.width(0, 16);
        notes.width(1, 24);
        notes.width(2, 24);
        notes.width(3, 80);
        wb.finish();
    }

    private static void writePeopleSheet(Worksheet ws, Sheet sheet, Labels labels, int headerRow) {
        int columns = sheet.columns().size();
        double[] widths = new double[columns];
        for (int c = 0; c < columns; c++) {
            String label = labels.column(sheet.name(), sheet.columns().get(c));
            ws.value(headerRow, c, Cells.neutralised(label));
            widths[c] = width(label);
        }
        ws.range(headerRow, 0, headerRow, Math.max(0, columns - 1))
                .style()
                .bold()
                .wrapText(true)
                .set();
        int r = headerRow + 1;
        for (List<Object> row : sheet.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                switch (v) {
                    case null -> {}
                    case Double d when d.isNaN() || d.isInfinite() -> {}
                    case Number n -> {
                        ws.value(r, c, n);
                        String format =
                                Labels.format(sheet.name(), sheet.columns().get(c));
                        if (format != null) {
                            ws.style(r, c).format(format).set();
                        } else if (n instanceof Double) {
                            ws.style(r, c).format("0.####").set();
                        }
                        widths[c] = Math.max(widths[c], 12);
                    }
                    case Boolean b -> ws.value(r, c, labels.value(b.toString()));
                    default -> {
                        String text = v instanceof Worded w ? w.in(labels) : labels.value(v.toString());
                        ws.value(r, c, Cells.neutralised(text));
                        if (r - headerRow < 200) {
                            widths[c] = Math.max(widths[c], width(text));
                        }
                    }
                }
            }
            r++;
        }
        for (int c = 0; c < columns; c++) {
            ws.width(c, Math.min(60, Math.max(8, widths[c] + 2)));
        }
        ws.freezePane(0, headerRow + 1);
        if (columns > 0) {
            ws.setAutoFilter(headerRow, 0, columns - 1);
        }
    }

    /** About how many character widths a text takes in a cell: a Chinese character takes two. */
    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0xFF00 ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static String unique(String name, java.util.Set<String> taken) {
        String n = name;
        for (int k = 2; !taken.add(n); k++) {
            n = safeName(name + " " + k);
        }
        return n;
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
