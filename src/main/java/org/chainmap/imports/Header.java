package org.chainmap.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a file's header row to its columns. A header cell may be the snake_case name, the name followed by the
 * Chinese header in brackets ({@code name (名称)}, {@code name（名称）}), or the Chinese header alone.
 */
final class Header {
    private final Map<String, Integer> index;
    private final int width;

    private Header(Map<String, Integer> index, int width) {
        this.index = index;
        this.width = width;
    }

    /** Reads the header, reporting missing required columns and repeated ones to {@code problems}. */
    static Header read(ImportFile file, String fileName, List<String> cells, Problems problems) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            Optional<Column> column = match(file, cell);
            if (column.isEmpty()) {
                continue; // extra columns are allowed: spreadsheets carry notes
            }
            Integer earlier = index.putIfAbsent(column.get().name(), i);
            if (earlier != null) {
                problems.add(
                        fileName,
                        1,
                        column.get().name(),
                        "column appears twice (columns " + (earlier + 1) + " and " + (i + 1) + ")");
            }
        }
        for (Column c : file.columns()) {
            if (c.required() && !index.containsKey(c.name())) {
                problems.add(fileName, 1, c.name(), "missing required column");
            }
        }
        return new Header(index, cells.size());
    }

    static Optional<Column> match(ImportFile file, String headerCell) {
        String cell = headerCell.replace("\uFEFF", "").strip();
        String english = cell.replaceAll("\\s*[(（].*[)）]\\s*$", "").strip().toLowerCase(Locale.ROOT);
        String bracketed = cell.matches(".*[(（].*[)）]\\s*$")
                ? cell.replaceAll("^.*[(（](.*)[)）]\\s*$", "$1").strip()
                : null;
        for (Column c : file.columns()) {
            if (c.name().equals(english)
                    || c.aliases().contains(cell)
                    || c.aliases().contains(english)
                    || (bracketed != null && c.aliases().contains(bracketed))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The position of {@code column}, or -1 when the file does not have it. */
    int indexOf(String column) {
        return index.getOrDefault(column, -1);
    }

    int width() {
        return width;
    }
}
