package org.chainmap.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.chainmap.export.CsvExport;
import org.chainmap.export.Json;
import org.chainmap.export.Labels;
import org.chainmap.export.Sheet;
import org.chainmap.export.Tabular;
import org.chainmap.export.TextTable;
import org.chainmap.export.XlsxExport;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --format} and {@code --out}: JSON is exactly one document on standard output (or in the file); CSV is
 * UTF-8 with a byte-order mark; XLSX needs {@code --out}. Tables and spreadsheets round numbers for display.
 */
final class OutputOptions {
    enum Format {
        table,
        csv,
        json,
        xlsx,
        /** the leader's brief as a Word document: {@code report} only */
        docx
    }

    @Option(
            names = "--format",
            description = "table, csv, json or xlsx (default: ${DEFAULT-VALUE}; xlsx needs --out); report also docx,"
                    + " the brief as a Word document (needs --out)",
            defaultValue = "table")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Option(
            names = "--lang",
            paramLabel = "zh|en",
            description = "xlsx: the language of the workbook's titles, headers and labels (default: zh)")
    String lang;

    @Option(
            names = "--labels",
            paramLabel = "zh|en",
            description = "csv: headers and coded values as labels in this language, not field names and codes")
    String labels;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Prints a document that has a plain terminal table. */
    void print(Object document, TextTable table) {
        print(document, Tabular.of(Sheet.of("table", table)));
    }

    /** Fails before any work is done when the options cannot be met. */
    void check() {
        if ((format == Format.xlsx || format == Format.docx) && out == null) {
            throw new ExitCodeException("--format " + format + " needs --out FILE", 2);
        }
        if (format == Format.docx && (command == null || !command.name().equals("report"))) {
            throw new ExitCodeException("--format docx is for report only", 2);
        }
        for (String given : new String[] {lang, labels}) {
            if (given != null && Labels.Lang.of(given) == null) {
                throw new ExitCodeException("--lang and --labels take zh or en, not '" + given + "'", 2);
            }
        }
    }

    void print(Object document, Tabular tables) {
        check();
        try (OutputStream os = out == null ? nonClosing(System.out) : Files.newOutputStream(out)) {
            switch (format) {
                case json -> {
                    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(nonClosing(os), document);
                    os.write('\n');
                }
                case table -> os.write(tables.render().getBytes(StandardCharsets.UTF_8));
                case csv ->
                    CsvExport.write(tables.csv(), labels == null ? null : Labels.in(Labels.Lang.of(labels)), os);
                case docx -> throw new ExitCodeException("--format docx is for report only", 2);
                case xlsx -> {
                    Labels people = Labels.in(lang == null ? Labels.Lang.ZH : Labels.Lang.of(lang));
                    XlsxExport.writeForPeople(tables, people, title(people), os);
                }
            }
            os.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The title rows of a workbook: the command that made it, and when. */
    private List<String> title(Labels people) {
        List<String> args = command == null || command.commandLine().getParseResult() == null
                ? List.of()
                : command.commandLine().getParseResult().originalArgs();
        String name = command == null ? "" : command.qualifiedName();
        String when =
                LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ');
        return List.of(
                (name + " " + String.join(" ", args)).strip(),
                people.word("exported") + (people.lang() == Labels.Lang.EN ? ": " : "：") + when);
    }

    boolean json() {
        return format == Format.json;
    }

    private static OutputStream nonClosing(OutputStream os) {
        return new FilterOutputStream(os) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
