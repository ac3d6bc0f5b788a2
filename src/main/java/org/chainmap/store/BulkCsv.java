package org.chainmap.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One CSV file in the format of Neo4j's offline importer: a header of {@code name:type} columns, then a line per
 * node or tie. A text is always quoted (a quote in it doubled), so that nothing in it is read as a delimiter; a list
 * is one quoted cell of its items joined by {@link #ARRAY_DELIMITER}; an unknown value (null, or an empty list) is an
 * empty cell, which the importer leaves unset, as a normal import does. A text with a line break in it needs the
 * importer's multi-line reading, which {@link #multiline()} says.
 */
final class BulkCsv implements AutoCloseable {
    /** Between the items of a list: the unit separator, which no text of an import holds (each is checked). */
    static final char ARRAY_DELIMITER = '\u001F';

    private final Path file;
    private final Writer out;
    private boolean lineStart = true;
    private boolean multiline;
    private long rows;

    BulkCsv(Path file, String header) {
        this.file = file;
        try {
            this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
            out.write(header);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    BulkCsv text(String value) {
        cell();
        if (value != null) {
            quoted(value);
        }
        return this;
    }

    /** A long or a double, as Java writes it (which the importer reads back to the same value). */
    BulkCsv number(Number value) {
        cell();
        if (value != null) {
            write(value.toString());
        }
        return this;
    }

    BulkCsv bool(Boolean value) {
        cell();
        if (value != null) {
            write(value.toString());
        }
        return this;
    }

    BulkCsv texts(List<String> values) {
        cell();
        if (!values.isEmpty()) {
            for (String v : values) {
                if (v.indexOf(ARRAY_DELIMITER) >= 0) {
                    throw new IllegalStateException("a list item holds U+001F, which the offline load cannot keep: '"
                            + v + "'; import without --initial");
                }
            }
            quoted(String.join(String.valueOf(ARRAY_DELIMITER), values));
        }
        return this;
    }

    /** Ends the line of one node or tie. */
    void end() {
        write("\n");
        lineStart = true;
        rows++;
    }

    private void cell() {
        if (!lineStart) {
            write(",");
        }
        lineStart = false;
    }

    private void quoted(String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            multiline = true;
        }
        write("\"");
        write(value.indexOf('"') >= 0 ? value.replace("\"", "\"\"") : value);
        write("\"");
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    Path file() {
        return file;
    }

    /** Lines written, the header aside. */
    long rows() {
        return rows;
    }

    /** Whether a text written holds a line break. */
    boolean multiline() {
        return multiline;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
