package org.chainmap.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Sheet} as CSV that opens cleanly in Excel and WPS with Chinese text: UTF-8 with a byte-order
 * mark, CRLF line ends, numbers rounded to 4 decimals, text neutralised against formulas ({@link Cells}).
 */
public final class CsvExport {
    static final int DECIMALS = 4;

    private CsvExport() {}

    /** Writes the sheet for machines: field names as the header, codes as values; flushed, not closed. */
    public static void write(Sheet sheet, OutputStream out) throws IOException {
        write(sheet, null, out);
    }

    /**
     * Writes the sheet with the header and coded values in the language of {@code labels}, for people (null: field
     * names and codes, for machines); the stream is flushed, not closed.
     */
    public static void write(Sheet sheet, Labels labels, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(
                w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(sheet.columns().stream()
                .map(c -> Cells.neutralised(labels == null ? c : labels.column(sheet.name(), c)))
                .toList());
        for (List<Object> row : sheet.rows()) {
            printer.printRecord(row.stream().map(c -> cell(c, labels)).toList());
        }
        printer.flush();
    }

    private static String cell(Object c, Labels labels) {
        if (c instanceof Number) {
            return Cells.display(c, DECIMALS);
        }
        if (c instanceof Worded w) {
            return Cells.neutralised(w.in(labels == null ? Labels.in(Labels.Lang.EN) : labels));
        }
        String text = Cells.display(c, DECIMALS);
        return Cells.neutralised(labels == null || c == null ? text : labels.value(text));
    }
}
