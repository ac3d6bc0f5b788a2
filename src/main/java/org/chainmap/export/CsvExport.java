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

    /** Writes the sheet; the stream is flushed, not closed. */
    public static void write(Sheet sheet, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(
                w, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(sheet.columns().stream().map(Cells::neutralised).toList());
        for (List<Object> row : sheet.rows()) {
            printer.printRecord(row.stream().map(CsvExport::cell).toList());
        }
        printer.flush();
    }

    private static String cell(Object c) {
        if (c instanceof Number) {
            return Cells.display(c, DECIMALS);
        }
        return Cells.neutralised(Cells.display(c, DECIMALS));
    }
}
