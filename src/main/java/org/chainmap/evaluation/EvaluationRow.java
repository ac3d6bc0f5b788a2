package org.chainmap.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.domain.Scale;

/**
 * One enterprise's per-mu evaluation (SPEC section 4).
 *
 * @param indicators each indicator's value, keyed by indicator id, in configuration order; null where it is missing
 * @param parts each indicator's weighted score; they sum to {@code score}
 * @param rank position in its group by score, then credit code
 * @param className the class (JSON {@code class})
 * @param fundRatio share of policy funds the class keeps, as a fraction
 * @param nextClass what it would take to reach a better class; null in the best class
 * @param landMu the land evaluated on, own or apportioned; null when unknown
 * @param landApportionedFrom the multi-storey park whose land was apportioned to this tenant, else null
 * @param imputed the indicators it lacks, which got the group's average score
 */
public record EvaluationRow(
        String uscc,
        String name,
        int year,
        Scale scale,
        Map<String, Double> indicators,
        Map<String, Double> parts,
        double score,
        int rank,
        @JsonProperty("class") String className,
        double fundRatio,
        NextClass nextClass,
        Double landMu,
        String landApportionedFrom,
        List<String> imputed) {
    public EvaluationRow {
        indicators = ordered(indicators);
        parts = ordered(parts);
        imputed = List.copyOf(imputed);
    }

    /** An unmodifiable copy that keeps the order and allows null values (an indicator that is missing). */
    static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
