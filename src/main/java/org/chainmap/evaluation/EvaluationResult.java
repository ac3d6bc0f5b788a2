package org.chainmap.evaluation;

import java.util.List;
import org.chainmap.domain.Scale;

/**
 * What {@code chainmap evaluate} answers: {@code {"year", "rows", "groups"}}, the rows of the above-scale group first,
 * each group by rank.
 */
public record EvaluationResult(int year, List<EvaluationRow> rows, List<EvaluationGroup> groups) {
    public EvaluationResult {
        rows = List.copyOf(rows);
        groups = List.copyOf(groups);
    }

    /** The same evaluation narrowed to one group; groups are evaluated separately, so nothing else changes. */
    public EvaluationResult only(Scale scale) {
        return new EvaluationResult(
                year,
                rows.stream().filter(r -> r.scale() == scale).toList(),
                groups.stream().filter(g -> g.scale() == scale).toList());
    }
}
