package org.chainmap.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.chainmap.domain.Scale;

/** Evaluation inputs for tests, figure by figure; unset figures are unknown. */
final class InputBuilder {
    private final String uscc;
    private Scale scale;
    private Double tax;
    private Double valueAdded;
    private Double revenue;
    private Double energyTce;
    private Double emissions;
    private Double electricityKwh;
    private Double rnd;
    private Long employees;
    private Double landMu;
    private Double floorAreaSqm;
    private final List<ParkSpace> parks = new ArrayList<>();

    private InputBuilder(String uscc, Scale scale) {
        this.uscc = uscc;
        this.scale = scale;
    }

    static InputBuilder above(String uscc) {
        return new InputBuilder(uscc, Scale.ABOVE);
    }

    static InputBuilder below(String uscc) {
        return new InputBuilder(uscc, Scale.BELOW);
    }

    static InputBuilder unknownScale(String uscc) {
        return new InputBuilder(uscc, null);
    }

    InputBuilder tax(double v) {
        tax = v;
        return this;
    }

    InputBuilder valueAdded(double v) {
        valueAdded = v;
        return this;
    }

    InputBuilder revenue(double v) {
        revenue = v;
        return this;
    }

    InputBuilder energyTce(double v) {
        energyTce = v;
        return this;
    }

    InputBuilder emissions(double v) {
        emissions = v;
        return this;
    }

    InputBuilder electricityKwh(double v) {
        electricityKwh = v;
        return this;
    }

    InputBuilder rnd(double v) {
        rnd = v;
        return this;
    }

    InputBuilder employees(long v) {
        employees = v;
        return this;
    }

    InputBuilder land(double v) {
        landMu = v;
        return this;
    }

    InputBuilder floorArea(double v) {
        floorAreaSqm = v;
        return this;
    }

    InputBuilder tenantOf(String parkId, double areaMu, double floorAreaSqm, long floors) {
        parks.add(new ParkSpace(parkId, areaMu, floorAreaSqm, floors));
        return this;
    }

    EvaluationInput build() {
        return new EvaluationInput(
                uscc,
                "企业" + uscc,
                scale,
                tax,
                valueAdded,
                revenue,
                energyTce,
                emissions,
                electricityKwh,
                rnd,
                employees,
                landMu,
                floorAreaSqm,
                parks);
    }
}
