package org.chainmap.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named table of cells for the terminal, CSV and XLSX: text, numbers (kept at full precision here; each writer
 * rounds them for display), booleans or {@code null} for empty.
 */
public final class Sheet {
    private final String name;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    public Sheet(String name, String... columns) {
        this.name = Objects.requireNonNull(name, "name");
        this.columns = List.of(columns);
    }

    /** Adds a row; it must have one cell per column. */
    public Sheet row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("row of " + cells.length + " cells for " + columns.size() + " columns");
        }
        rows.add(Arrays.asList(cells.clone()));
        return this;
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public List<List<Object>> rows() {
        return rows.stream().map(java.util.Collections::unmodifiableList).toList();
    }

    /** For the terminal: numbers rounded to 3 decimals; columns named in {@code omit} left out. */
    public TextTable toTextTable(String... omit) {
        List<String> skip = List.of(omit);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!skip.contains(columns.get(i))) {
                kept.add(i);
            }
        }
        TextTable t = new TextTable(kept.stream().map(columns::get).toArray(String[]::new));
        for (List<Object> r : rows) {
            t.row(kept.stream().map(i -> Cells.display(r.get(i), 3)).toArray());
        }
        return t;
    }

    /** A sheet of the text cells of a terminal table. */
    public static Sheet of(String name, TextTable table) {
        Sheet s = new Sheet(name, table.header().toArray(String[]::new));
        for (List<String> r : table.rows()) {
            s.row(r.toArray());
        }
        return s;
    }
}
