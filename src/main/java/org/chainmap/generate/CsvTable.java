package org.chainmap.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.chainmap.imports.ImportFile;

/**
 * One file of the import format being written (or another CSV beside it, such as a labels file): UTF-8 without a
 * byte-order mark, RFC 4180, its header first.
 */
final class CsvTable implements AutoCloseable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final String name;
    private final Path path;
    private final CSVPrinter printer;
    private final int width;
    private long rows;
    private boolean closed;

    CsvTable(Path folder, ImportFile file) {
        this(folder.resolve(file.csvName()), file.columnNames());
    }

    /** A CSV file at {@code path} with the given header. */
    CsvTable(Path path, List<String> header) {
        this.name = path.getFileName().toString();
        this.path = path;
        this.width = header.size();
        try {
            var writer = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
            this.printer = new CSVPrinter(writer, FORMAT);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write", e);
        }
    }

    /** Writes a row; the cells must follow the file's columns, empty text for an unknown value. */
    void row(String... cells) {
        if (cells.length != width) {
            throw new IllegalArgumentException(name + ": " + cells.length + " cells for " + width + " columns");
        }
        try {
            printer.printRecord((Object[]) cells);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write", e);
        }
        rows++;
    }

    /** The file's name, without its folder. */
    String name() {
        return name;
    }

    Path path() {
        return path;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot write", e);
        }
    }

    /** The file's size in bytes, once closed. */
    long bytes() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
