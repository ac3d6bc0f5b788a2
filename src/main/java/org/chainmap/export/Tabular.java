package org.chainmap.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer as tables: all of {@code sheets} go to the terminal (one after another) and to XLSX (a worksheet each);
 * {@code csv} is the one table a CSV file holds. Columns named in {@code terminalOmits} are left out on the
 * terminal only (long texts such as evidence).
 */
public record Tabular(List<Sheet> sheets, Sheet csv, List<String> terminalOmits) {
    public Tabular {
        sheets = List.copyOf(sheets);
        terminalOmits = List.copyOf(terminalOmits);
    }

    public static Tabular of(Sheet sheet) {
        return new Tabular(List.of(sheet), sheet, List.of());
    }

    /** Several sheets; CSV holds them in long form: a {@code part} column and the union of their columns. */
    public static Tabular of(List<Sheet> sheets) {
        return new Tabular(sheets, sheets.size() == 1 ? sheets.getFirst() : longForm(sheets), List.of());
    }

    public Tabular omittingOnTerminal(String... columns) {
        return new Tabular(sheets, csv, List.of(columns));
    }

    /** The terminal text: each table, under its name when there are several. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (Sheet s : sheets) {
            if (sheets.size() > 1) {
                sb.append(sb.isEmpty() ? "" : System.lineSeparator())
                        .append(s.name())
                        .append(System.lineSeparator());
            }
            sb.append(s.toTextTable(terminalOmits.toArray(String[]::new)).render());
        }
        return sb.toString();
    }

    static Sheet longForm(List<Sheet> sheets) {
        Map<String, Integer> index = new LinkedHashMap<>();
        index.put("part", 0);
        for (Sheet s : sheets) {
            for (String c : s.columns()) {
                index.putIfAbsent(c, index.size());
            }
        }
        Sheet all = new Sheet("all", index.keySet().toArray(String[]::new));
        for (Sheet s : sheets) {
            for (List<Object> r : s.rows()) {
                List<Object> cells = new ArrayList<>(java.util.Collections.nCopies(index.size(), null));
                cells.set(0, s.name());
                for (int i = 0; i < r.size(); i++) {
                    cells.set(index.get(s.columns().get(i)), r.get(i));
                }
                all.row(cells.toArray());
            }
        }
        return all;
    }
}
