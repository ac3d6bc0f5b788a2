package org.chainmap.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.chainmap.export.CsvExport;
import org.chainmap.export.Tabular;
import org.chainmap.export.XlsxExport;

/**
 * {@code format=json|csv|xlsx}: the JSON document, or a download of the same rows as the CLI writes (CSV in UTF-8
 * with a byte-order mark; no cell of either can run as a formula).
 */
final class Downloads {
    private Downloads() {}

    /** Whether the request asks for a download; an unknown format is a bad request. */
    static boolean wanted(Context ctx) {
        return !format(ctx).equals("json");
    }

    static void answer(Context ctx, String baseName, Object document, Supplier<Tabular> tables) {
        String format = format(ctx);
        if (format.equals("json")) {
            ctx.json(document);
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format.equals("csv")) {
                CsvExport.write(tables.get().csv(), out);
                ctx.contentType("text/csv; charset=utf-8");
            } else {
                XlsxExport.write(tables.get().sheets(), out);
                ctx.contentType(OpenApi.XLSX);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.header("Content-Disposition", attachment(baseName + "." + format));
        ctx.result(out.toByteArray());
    }

    /** A Content-Disposition for a file name, with its UTF-8 form for names in Chinese (RFC 6266). */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String format(Context ctx) {
        String format = ctx.queryParam("format");
        if (format == null || format.isBlank()) {
            return "json";
        }
        return switch (format.strip()) {
            case "json", "csv", "xlsx" -> format.strip();
            default -> throw new BadRequest("format", "must be json, csv or xlsx, got '" + Params.shown(format) + "'");
        };
    }
}
