package org.chainmap.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainmap.export.Json;
import org.chainmap.export.TextTable;
import picocli.CommandLine.Option;

/** {@code --format} and {@code --out}: JSON is exactly one document on standard output (or in the file). */
final class OutputOptions {
    enum Format {
        table,
        json
    }

    @Option(names = "--format", description = "table or json (default: ${DEFAULT-VALUE})", defaultValue = "table")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    void print(Object document, TextTable table) {
        try (OutputStream os = out == null ? nonClosing(System.out) : Files.newOutputStream(out)) {
            if (format == Format.json) {
                Json.mapper().writerWithDefaultPrettyPrinter().writeValue(nonClosing(os), document);
                os.write('\n');
            } else {
                var ps = new PrintStream(os, false, java.nio.charset.StandardCharsets.UTF_8);
                ps.print(table.render());
                ps.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean json() {
        return format == Format.json;
    }

    private static OutputStream nonClosing(OutputStream os) {
        return new java.io.FilterOutputStream(os) {
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
