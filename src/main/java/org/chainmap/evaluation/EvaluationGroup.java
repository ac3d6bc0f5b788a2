package org.chainmap.evaluation;

import java.util.Map;
import org.chainmap.domain.Scale;

/**
 * The figures of one group of an evaluation, to read the rows against.
 *
 * @param enterprises how many enterprises the group holds
 * @param benchmarks each indicator's benchmark, keyed by indicator id; null where no enterprise has it
 * @param averageParts each indicator's average score, what an enterprise without it gets
 * @param classes how many enterprises each class holds, best class first
 */
public record EvaluationGroup(
        Scale scale,
        int enterprises,
        Map<String, Double> benchmarks,
        Map<String, Double> averageParts,
        Map<String, Integer> classes) {
    public EvaluationGroup {
        benchmarks = EvaluationRow.ordered(benchmarks);
        averageParts = EvaluationRow.ordered(averageParts);
        classes = EvaluationRow.ordered(classes);
    }
}
