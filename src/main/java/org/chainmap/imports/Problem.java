package org.chainmap.imports;

/** One thing wrong with the input, shown as {@code file:line: column: reason}. */
public record Problem(String file, long line, String column, String reason) implements Comparable<Problem> {
    @Override
    public String toString() {
        return file + ":" + line + ": " + (column == null ? "" : column + ": ") + reason;
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Long.compare(line, o.line);
    }
}
