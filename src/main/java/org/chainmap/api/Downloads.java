package org.chainmap.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import org.chainmap.export.CsvExport;
import org.chainmap.export.Tabular;
import org.chainmap.export.XlsxExport;

/** {@code format=json|csv|xlsx}: the JSON document, or a download of the same rows as the CLI writes. */
final class Downloads {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    static void answer(Context ctx, String baseName, Object document, Supplier<Tabular> tables) {
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank() || format.equals("json")) {
            ctx.json(document);
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (format) {
                case "csv" -> {
                    CsvExport.write(tables.get().csv(), out);
                    ctx.contentType("text/csv; charset=utf-8");
                }
                case "xlsx" -> {
                    XlsxExport.write(tables.get().sheets(), out);
                    ctx.contentType(XLSX);
                }
                default -> throw new BadRequest("format", "must be json, csv or xlsx, got '" + format + "'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + baseName + "." + format + "\"");
        ctx.result(out.toByteArray());
    }
}
