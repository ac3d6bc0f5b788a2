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
import org.chainmap.export.Labels;
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

    /** The query parameters that say how to download, not which rows: left out of the title's filters. */
    private static final Set<String> NOT_FILTERS = Set.of("format", "lang", "labels");

    /** The kinds of list a download's name starts with, longest first, for its title. */
    private static final List<String> KINDS = List.of(
            "projects-stalled",
            "evaluations",
            "transitions",
            "enterprises",
            "resilience",
            "referrals",
            "referrers",
            "projects",
            "targets",
            "visits",
            "chains",
            "parks",
            "gaps");

    private final AnswerCache built;
    private final java.util.function.LongSupplier version;
    private final java.time.Clock clock;

    /** @param version the version of the data a download is built from, named in its title rows */
    Downloads(AnswerCache built, java.util.function.LongSupplier version, java.time.Clock clock) {
        this.built = built;
        this.version = version;
        this.clock = clock;
    }

    /** Whether the request asks for a download; an unknown format is a bad request. */
    static boolean wanted(Context ctx) {
        return !format(ctx).equals("json");
    }

    /** A download of a request: its format, path and every query parameter. */
    private record Key(String format, String path, Map<String, List<String>> query)
            implements AnswerCache.Key<byte[]> {}

    void answer(Context ctx, String baseName, Object document, Supplier<Tabular> tables) {
        answer(ctx, baseName, null, document, tables);
    }

    /**
     * The JSON document, or its download; {@code subject} (a chain's or an enterprise's name, or null) follows the
     * kind of list in the title row of a workbook.
     */
    void answer(Context ctx, String baseName, String subject, Object document, Supplier<Tabular> tables) {
        String format = format(ctx);
        if (format.equals("json")) {
            ctx.json(document);
            return;
        }
        Labels.Lang lang = lang(ctx, format.equals("xlsx") ? "lang" : "labels");
        byte[] bytes = built.get(
                new Key(format, ctx.path(), new TreeMap<>(ctx.queryParamMap())),
                () -> build(format, tables.get(), lang, () -> title(ctx, baseName, subject, lang)));
        ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : OpenApi.XLSX);
        ctx.header("Content-Disposition", attachment(baseName + "." + format));
        ctx.result(bytes);
    }

    /** Forgets every download built, for the graph has changed. */
    void invalidate() {
        built.invalidate();
    }

    /**
     * A CSV for machines (field names, codes) unless {@code labels=zh|en} asks for one for people; a workbook for
     * people always, in {@code lang} (Chinese unless asked otherwise).
     */
    private static byte[] build(String format, Tabular tables, Labels.Lang lang, Supplier<List<String>> title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format.equals("csv")) {
                CsvExport.write(tables.csv(), lang == null ? null : Labels.in(lang), out);
            } else {
                Labels labels = Labels.in(lang == null ? Labels.Lang.ZH : lang);
                XlsxExport.writeForPeople(tables, labels, title.get(), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The title rows of a workbook: what it holds (and of which chain or enterprise), the filters of the address
     * that made it, and when it was made from which version of the data.
     */
    private List<String> title(Context ctx, String baseName, String subject, Labels.Lang lang) {
        Labels labels = Labels.in(lang == null ? Labels.Lang.ZH : lang);
        String kind = KINDS.stream().filter(baseName::startsWith).findFirst().orElse(baseName);
        String what = labels.title(kind) + (subject == null ? "" : " · " + subject);
        List<String> filters = new java.util.ArrayList<>();
        new TreeMap<>(ctx.queryParamMap()).forEach((name, values) -> {
            if (!NOT_FILTERS.contains(name)) {
                values.stream()
                        .filter(v -> !v.isBlank())
                        .forEach(v -> filters.add(labels.param(name) + " " + labels.value(v.strip())));
            }
        });
        String separator = lang == Labels.Lang.EN ? "; " : "；";
        String filterLine = labels.word("filters")
                + (lang == Labels.Lang.EN ? ": " : "：")
                + (filters.isEmpty() ? labels.word("none") : String.join(separator, filters));
        String when = java.time.LocalDateTime.now(clock)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .toString()
                .replace('T', ' ');
        String madeLine = labels.word("exported") + (lang == Labels.Lang.EN ? ": " : "：") + when + " · "
                + labels.word("version") + " " + version.getAsLong();
        return List.of(what, filterLine, madeLine);
    }

    /** {@code zh} or {@code en}; null when not given; anything else is a bad request. */
    private static Labels.Lang lang(Context ctx, String parameter) {
        String text = ctx.queryParam(parameter);
        if (text == null || text.isBlank()) {
            return null;
        }
        Labels.Lang lang = Labels.Lang.of(text);
        if (lang == null) {
            throw BadRequest.oneOf(
                    parameter, text, List.of("zh", "en"), "must be zh or en, got '" + Params.shown(text) + "'");
        }
        return lang;
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
        throw BadRequest.oneOf(
                "format",
                format,
                List.of("json", "csv", "xlsx"),
                "must be json, csv or xlsx, got '" + Params.shown(format) + "'");
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
