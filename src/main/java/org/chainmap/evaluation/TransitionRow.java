package org.chainmap.evaluation;

import java.util.Map;
import org.chainmap.domain.Scale;

/**
 * One enterprise across two evaluated years: its class and score in each, null in a year it was not evaluated.
 *
 * @param scale its group in the later year it was evaluated in
 * @param moved classes climbed from the earlier year to the later one (negative when it fell); null unless evaluated
 *     in both
 * @param indicatorsFrom its indicators in the earlier year, null when not evaluated then
 * @param indicatorsTo its indicators in the later year, null when not evaluated then
 */
public record TransitionRow(
        String uscc,
        String name,
        Scale scale,
        String fromClass,
        String toClass,
        Double scoreFrom,
        Double scoreTo,
        Integer moved,
        Map<String, Double> indicatorsFrom,
        Map<String, Double> indicatorsTo) {
    public TransitionRow {
        indicatorsFrom = indicatorsFrom == null ? null : EvaluationRow.ordered(indicatorsFrom);
        indicatorsTo = indicatorsTo == null ? null : EvaluationRow.ordered(indicatorsTo);
    }
}
