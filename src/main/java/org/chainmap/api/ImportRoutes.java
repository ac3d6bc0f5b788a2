package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.ImportSummary;

/**
 * {@code POST /api/v1/import}: CSV files of the import format, or one XLSX workbook, uploaded as multipart form
 * data and imported by the same rules as {@code chainmap import}: everything checked first, every problem
 * answered at once (422, each as {@code file:line: column: reason}) and nothing written then. Needs an editor.
 */
final class ImportRoutes {
    /** A file's own name: no folders, no control characters, a .csv or .xlsx ending; Chinese names welcome. */
    private static final Pattern FILE_NAME =
            Pattern.compile("[^/\\\\\\p{Cntrl}:*?\"<>|]{1,150}\\.(csv|xlsx)", Pattern.CASE_INSENSITIVE);
    /** The name a workbook is saved under while it is read; problems name the uploaded file instead. */
    private static final String WORKBOOK = "workbook.xlsx";

    /** A part of an uploaded workbook may inflate to this many times the upload limit (SPEC section 15). */
    private static final int WORKBOOK_INFLATION = 20;

    private final Services services;
    private final Runnable graphChanged;
    private final long maxWorkbookEntryBytes;

    /** @param graphChanged forgets what was cached of the graph, run after every import */
    ImportRoutes(Services services, Runnable graphChanged, long maxUploadBytes) {
        this.services = services;
        this.graphChanged = graphChanged;
        this.maxWorkbookEntryBytes = Math.max(1L << 20, maxUploadBytes * WORKBOOK_INFLATION);
    }

    void addTo(RoutesConfig routes) {
        Route.post("/api/v1/import", "Import CSV files or one XLSX workbook (all or nothing)")
                .role(Role.EDITOR)
                .query("dryRun", "boolean", false, "true: check only, write nothing")
                .upload("the files of the import format (chains.csv, links.csv, …) or one .xlsx workbook")
                .returns(ImportSummary.class)
                .to(routes, this::upload);
    }

    private void upload(Context ctx) throws IOException {
        boolean dryRun = Params.flag(ctx, "dryRun");
        if (!ctx.isMultipartFormData()) {
            throw BadRequest.not(BadRequest.Expected.MULTIPART, "files", null, "send the files as multipart/form-data");
        }
        List<UploadedFile> files = ctx.uploadedFiles();
        if (files.isEmpty()) {
            throw BadRequest.not(BadRequest.Expected.FILES, "files", null, "no file was uploaded");
        }
        long workbooks = files.stream().filter(f -> lower(f).endsWith(".xlsx")).count();
        if (workbooks > 1 || (workbooks == 1 && files.size() > 1)) {
            throw BadRequest.not(
                    BadRequest.Expected.CSV_FILES_OR_ONE_WORKBOOK,
                    "files",
                    null,
                    "send either CSV files or one .xlsx workbook, not both or several workbooks");
        }
        Path dir = Files.createTempDirectory("chainmap-upload");
        try {
            for (UploadedFile f : files) {
                String name = baseName(f);
                if (!FILE_NAME.matcher(name).matches()) {
                    throw BadRequest.not(
                            BadRequest.Expected.CSV_OR_XLSX,
                            "files",
                            name,
                            "not a .csv or .xlsx file: '" + Params.shown(name) + "'");
                }
                Path target = dir.resolve(workbooks == 1 ? WORKBOOK : name);
                if (Files.exists(target)) {
                    throw BadRequest.not(
                            BadRequest.Expected.DISTINCT_FILES, "files", name, "'" + name + "' was sent twice");
                }
                try (InputStream in = f.content()) {
                    Files.copy(in, target);
                }
            }
            Path source = workbooks == 1 ? dir.resolve(WORKBOOK) : dir;
            String prefix = dir + java.io.File.separator;
            String shownWorkbook = workbooks == 1 ? baseName(files.getFirst()) : null;
            String label = workbooks == 1
                    ? "upload " + shownWorkbook
                    : "upload "
                            + String.join(
                                    ", ",
                                    files.stream()
                                            .map(ImportRoutes::baseName)
                                            .sorted()
                                            .toList());
            ImportSummary done;
            try {
                done = services.imports()
                        .run(
                                ImportSource.of(source, maxWorkbookEntryBytes),
                                label,
                                dryRun,
                                file -> shown(file, prefix, shownWorkbook));
            } finally {
                graphChanged.run();
            }
            String what = workbooks == 1 ? shownWorkbook : files.size() + " uploaded CSV files";
            ctx.json(new ImportSummary(
                    what,
                    done.dryRun(),
                    done.files(),
                    done.rows(),
                    done.created(),
                    done.updated(),
                    done.skipped(),
                    done.warnings(),
                    done.checkMs()));
        } finally {
            delete(dir);
        }
    }

    /** A problem's file as the user knows it: the uploaded name, not where it was saved. */
    private static String shown(String file, String prefix, String workbook) {
        String local = file.startsWith(prefix) ? file.substring(prefix.length()) : file;
        return workbook != null && local.startsWith(WORKBOOK) ? workbook + local.substring(WORKBOOK.length()) : local;
    }

    /** The file's name without any folder a browser or client put in front of it. */
    private static String baseName(UploadedFile f) {
        String name = f.filename() == null ? "" : f.filename();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
    }

    private static String lower(UploadedFile f) {
        return f.filename().toLowerCase(Locale.ROOT);
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
