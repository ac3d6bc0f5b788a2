package org.chainmap.evaluation;

import java.util.Comparator;
import java.util.List;
import org.chainmap.domain.Scale;

/**
 * One enterprise's figures for the year of an evaluation, as the {@code Evaluation} node and its enterprise hold them.
 * Any figure may be null (unknown). Money in 万元, land in 亩, floor area in m².
 *
 * @param scale the enterprise's scale; when unknown, {@link PerMuEvaluation} decides by revenue
 * @param landMu the enterprise's own land; null or 0 when it holds none
 * @param floorAreaSqm floor area it uses, the basis for apportioning a multi-storey park's land
 * @param parks the parks it is a tenant of
 */
public record EvaluationInput(
        String uscc,
        String name,
        Scale scale,
        Double tax,
        Double valueAdded,
        Double revenue,
        Double energyTce,
        Double emissions,
        Double electricityKwh,
        Double rnd,
        Long employees,
        Double landMu,
        Double floorAreaSqm,
        List<ParkSpace> parks) {
    public EvaluationInput {
        if (uscc == null) {
            throw new IllegalArgumentException("an evaluation input needs a credit code");
        }
        parks = parks == null
                ? List.of()
                : parks.stream().sorted(Comparator.comparing(ParkSpace::id)).toList();
    }
}
