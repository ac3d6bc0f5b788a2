package org.chainmap.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.chainmap.export.CsvExport;
import org.chainmap.export.Tabular;
import org.chainmap.export.XlsxExport;

/**
 * {@code format=json|csv|xlsx}: the JSON document, or a download of the same rows as the CLI writes (CSV in UTF-8
 * with a byte-order mark; no cell of either can run as a formula). A download is built once per graph version and
 * request (path and query), then served from the cache: building a spreadsheet of a thousand rows takes far longer
 * than answering its JSON.
 */
final class Downloads {
    /** What a download counts for in a client's rate limit (SPEC section 15): building one is heavy. */
    static final int RATE_COST = 5;

    private static final Set<String> DOWNLOAD_FORMATS = Set.of("csv", "xlsx");

    private final AnswerCache built;

    Downloads(AnswerCache built) {
        this.built = built;
    }

    /** Whether the request asks for a download; an unknown format is a bad request. */
    static boolean wanted(Context ctx) {
        return !format(ctx).equals("json");
    }

    /** A download of a request: its format, path and every query parameter. */
    private record Key(String format, String path, Map<String, List<String>> query)
            implements AnswerCache.Key<byte[]> {}

    void answer(Context ctx, String baseName, Object document, Supplier<Tabular> tables) {
        String format = format(ctx);
        if (format.equals("json")) {
            ctx.json(document);
            return;
        }
        byte[] bytes = built.get(
                new Key(format, ctx.path(), new TreeMap<>(ctx.queryParamMap())), () -> build(format, tables.get()));
        ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : OpenApi.XLSX);
        ctx.header("Content-Disposition", attachment(baseName + "." + format));
        ctx.result(bytes);
    }

    /** Forgets every download built, for the graph has changed. */
    void invalidate() {
        built.invalidate();
    }

    private static byte[] build(String format, Tabular tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format.equals("csv")) {
                CsvExport.write(tables.csv(), out);
            } else {
                XlsxExport.write(tables.sheets(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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
        String named = format.strip();
        if (named.equals("json") || DOWNLOAD_FORMATS.contains(named)) {
            return named;
        }
        throw new BadRequest("format", "must be json, csv or xlsx, got '" + Params.shown(format) + "'");
    }

    /**
     * Whether the request names a download format, judging nothing else: for the rate limit, which runs before the
     * route and before a bad format is answered.
     */
    static boolean named(Context ctx) {
        String format = ctx.queryParam("format");
        return format != null && DOWNLOAD_FORMATS.contains(format.strip());
    }
}
