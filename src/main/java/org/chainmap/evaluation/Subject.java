package org.chainmap.evaluation;

import org.chainmap.domain.Scale;

/** One enterprise under evaluation: its inputs, the group it is evaluated in and the land it is evaluated on. */
record Subject(EvaluationInput input, Scale scale, Land land) {

    Double figure(Figure f) {
        return switch (f) {
            case TAX -> input.tax();
            case VALUE_ADDED -> input.valueAdded();
            case REVENUE -> input.revenue();
            case ENERGY_TCE -> input.energyTce();
            case EMISSIONS -> input.emissions();
            case ELECTRICITY_KWH -> input.electricityKwh();
            case RND -> input.rnd();
            case EMPLOYEES ->
                input.employees() == null ? null : input.employees().doubleValue();
            case LAND -> land.mu();
        };
    }
}
