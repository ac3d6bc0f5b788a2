package org.chainmap.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.chainmap.domain.Scale;

/**
 * The per-mu classes of two years side by side (SPEC section 11): {@code matrix.get(a).get(b)} counts the enterprises
 * of class {@code a} in {@code from} and {@code b} in {@code to}; {@code entered} those evaluated in {@code to} only,
 * {@code left} those evaluated in {@code from} only; {@code rows} every enterprise evaluated in either year, the
 * above-scale group first, then by credit code. Cost: O(n log n) over the two years' rows.
 */
public record Transitions(
        int from, int to, Map<String, Map<String, Integer>> matrix, int entered, int left, List<TransitionRow> rows) {
    public Transitions {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        matrix.forEach((k, v) -> copy.put(k, EvaluationRow.ordered(v)));
        matrix = EvaluationRow.ordered(copy);
        rows = List.copyOf(rows);
    }

    /**
     * The transitions from the evaluation {@code earlier} to {@code later}, the matrix over {@code classNames} (best
     * first), for one group only when {@code scale} is given (an enterprise counts in the group it was in last).
     */
    public static Transitions between(
            EvaluationResult earlier, EvaluationResult later, List<String> classNames, Scale scale) {
        Map<String, EvaluationRow> before = byCode(earlier);
        Map<String, EvaluationRow> after = byCode(later);
        Map<String, Map<String, Integer>> matrix = new LinkedHashMap<>();
        for (String a : classNames) {
            Map<String, Integer> line = new LinkedHashMap<>();
            classNames.forEach(b -> line.put(b, 0));
            matrix.put(a, line);
        }
        TreeSet<String> codes = new TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        int entered = 0;
        int left = 0;
        List<TransitionRow> kept = new ArrayList<>();
        for (String uscc : codes) {
            EvaluationRow f = before.get(uscc);
            EvaluationRow t = after.get(uscc);
            EvaluationRow last = t == null ? f : t;
            if (scale != null && last.scale() != scale) {
                continue;
            }
            Integer moved = null;
            if (f == null) {
                entered++;
            } else if (t == null) {
                left++;
            } else {
                matrix.get(f.className()).merge(t.className(), 1, Integer::sum);
                moved = classNames.indexOf(f.className()) - classNames.indexOf(t.className());
            }
            kept.add(new TransitionRow(
                    uscc,
                    last.name(),
                    last.scale(),
                    f == null ? null : f.className(),
                    t == null ? null : t.className(),
                    f == null ? null : f.score(),
                    t == null ? null : t.score(),
                    moved,
                    f == null ? null : f.indicators(),
                    t == null ? null : t.indicators()));
        }
        kept.sort(Comparator.comparing(TransitionRow::scale).thenComparing(TransitionRow::uscc));
        return new Transitions(earlier.year(), later.year(), matrix, entered, left, kept);
    }

    private static Map<String, EvaluationRow> byCode(EvaluationResult result) {
        Map<String, EvaluationRow> map = new LinkedHashMap<>();
        result.rows().forEach(r -> map.put(r.uscc(), r));
        return map;
    }
}
