package org.chainmap.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainmap.evaluation.TransitionRow;
import org.chainmap.evaluation.Transitions;

/**
 * The per-mu transitions between two years as tables: sheet "matrix" (a row per class of the earlier year, a column
 * per class of the later one, then the enterprises that entered and left) and sheet "transitions" (every row, with its
 * indicators in both years; what CSV holds).
 */
public final class TransitionSheets {
    private TransitionSheets() {}

    public static Tabular of(Transitions t) {
        Sheet rows = RecordSheet.of("transitions", TransitionRow.class, t.rows());
        return new Tabular(List.of(matrix(t), rows), rows, List.of());
    }

    /** The matrix, then a row each for the enterprises that entered and left (in the column "count"). */
    public static Sheet matrix(Transitions t) {
        List<String> columns = new ArrayList<>(List.of("fromClass"));
        columns.addAll(t.matrix().keySet());
        columns.add("count");
        Sheet sheet = new Sheet("matrix", columns.toArray(String[]::new));
        for (Map.Entry<String, Map<String, Integer>> line : t.matrix().entrySet()) {
            List<Object> cells = new ArrayList<>(List.of(line.getKey()));
            cells.addAll(line.getValue().values());
            cells.add(line.getValue().values().stream()
                    .mapToInt(Integer::intValue)
                    .sum());
            sheet.row(cells.toArray());
        }
        sheet.row(withCount(columns.size(), "entered", t.entered()));
        sheet.row(withCount(columns.size(), "left", t.left()));
        return sheet;
    }

    private static Object[] withCount(int width, String what, int n) {
        Object[] cells = new Object[width];
        cells[0] = what;
        cells[width - 1] = n;
        return cells;
    }
}
