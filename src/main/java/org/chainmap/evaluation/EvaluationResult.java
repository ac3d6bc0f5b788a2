package org.chainmap.evaluation;

import java.util.List;
import org.chainmap.domain.Scale;
import org.chainmap.domain.TextSearch;

/**
 * The evaluation of a year: {@code {"year", "rows", "groups"}}, the rows of the above-scale group first, each group by
 * rank; {@code chainmap evaluate} and the API answer a page of it ({@link EvaluationPage}).
 */
public record EvaluationResult(int year, List<EvaluationRow> rows, List<EvaluationGroup> groups) {
    public EvaluationResult {
        rows = List.copyOf(rows);
        groups = List.copyOf(groups);
    }

    /**
     * The rows of one class (A–D) only, as a list filtered by class shows them; the groups, with their class counts
     * and benchmarks, stay those of every row.
     */
    public EvaluationResult onlyClass(String className) {
        return new EvaluationResult(
                year, rows.stream().filter(r -> r.className().equals(className)).toList(), groups);
    }

    /**
     * The rows whose enterprise's name or credit code contains {@code q} ({@link TextSearch}), each keeping its rank in
     * its group; the groups stay those of every row.
     */
    public EvaluationResult matching(String q) {
        if (q == null || q.isBlank()) {
            return this;
        }
        return new EvaluationResult(
                year,
                rows.stream()
                        .filter(r -> TextSearch.matches(q, r.name(), r.uscc()))
                        .toList(),
                groups);
    }

    /** The same evaluation narrowed to one group; groups are evaluated separately, so nothing else changes. */
    public EvaluationResult only(Scale scale) {
        return new EvaluationResult(
                year,
                rows.stream().filter(r -> r.scale() == scale).toList(),
                groups.stream().filter(g -> g.scale() == scale).toList());
    }
}
