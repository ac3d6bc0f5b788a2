package org.chainmap.evaluation;

import java.util.List;

/**
 * A page of the rows of an evaluation, as {@code GET /api/v1/evaluations} and {@code chainmap evaluate} answer it:
 * {@code {"year", "rows", "groups", "total", "limit", "offset"}}, the rows in rank order, the above-scale group first.
 *
 * @param rows the rows the filters let through, from {@code offset} on; each keeps its rank in its group
 * @param groups the groups the rows belong to, their class counts and benchmarks those of every row of the group
 * @param total how many rows the filters let through, over all pages
 */
public record EvaluationPage(
        int year, List<EvaluationRow> rows, List<EvaluationGroup> groups, int total, int limit, int offset) {
    public EvaluationPage {
        rows = List.copyOf(rows);
        groups = List.copyOf(groups);
    }

    /** The rows of {@code filtered} from {@code offset}, at most {@code limit} of them. */
    public static EvaluationPage of(EvaluationResult filtered, int limit, int offset) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be positive and offset not negative");
        }
        List<EvaluationRow> all = filtered.rows();
        int from = Math.min(offset, all.size());
        int to = (int) Math.min(all.size(), (long) from + limit);
        return new EvaluationPage(filtered.year(), all.subList(from, to), filtered.groups(), all.size(), limit, offset);
    }

    /** Every row of {@code filtered}, as one page. */
    public static EvaluationPage all(EvaluationResult filtered) {
        return of(filtered, Math.max(1, filtered.rows().size()), 0);
    }
}
