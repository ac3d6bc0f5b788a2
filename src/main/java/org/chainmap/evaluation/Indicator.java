package org.chainmap.evaluation;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The indicators of the per-mu evaluation (亩产效益, SPEC section 4), each the ratio of two of an enterprise's figures
 * for the year. Ids such as {@code taxPerMu} name them in the configuration and in the output. Units: money in 万元,
 * land in 亩, except {@link #TAX_PER_KWH} in 元 per kWh.
 */
public enum Indicator {
    /** 亩均税收: tax per mu of land. */
    TAX_PER_MU("taxPerMu", Figure.TAX, Figure.LAND, 1),
    /** 亩均增加值: value added per mu of land. */
    VALUE_ADDED_PER_MU("valueAddedPerMu", Figure.VALUE_ADDED, Figure.LAND, 1),
    /** 单位能耗增加值: value added per tonne of coal equivalent. */
    VALUE_ADDED_PER_TCE("valueAddedPerTce", Figure.VALUE_ADDED, Figure.ENERGY_TCE, 1),
    /** 单位排放增加值: value added per unit of emissions. */
    VALUE_ADDED_PER_EMISSIONS("valueAddedPerEmissions", Figure.VALUE_ADDED, Figure.EMISSIONS, 1),
    /** 全员劳动生产率: value added per employee. */
    LABOUR_PRODUCTIVITY("labourProductivity", Figure.VALUE_ADDED, Figure.EMPLOYEES, 1),
    /** 研发经费占比: R&amp;D spending as a share of revenue. */
    RND_SHARE("rndShare", Figure.RND, Figure.REVENUE, 1),
    /** 单位电耗税收: tax per kWh of electricity, in 元 (tax in 万元 × 10,000 / kWh). */
    TAX_PER_KWH("taxPerKwh", Figure.TAX, Figure.ELECTRICITY_KWH, 10_000);

    private final String id;
    private final Figure numerator;
    private final Figure denominator;
    private final double factor;

    Indicator(String id, Figure numerator, Figure denominator, double factor) {
        this.id = id;
        this.numerator = numerator;
        this.denominator = denominator;
        this.factor = factor;
    }

    /** The name in configuration and output. */
    public String id() {
        return id;
    }

    /** The indicator named {@code id}; an {@link IllegalArgumentException} naming the known ids otherwise. */
    public static Indicator byId(String id) {
        for (Indicator i : values()) {
            if (i.id.equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown indicator '" + id + "' (known: "
                + Arrays.stream(values()).map(Indicator::id).collect(Collectors.joining(", ")) + ")");
    }

    Figure numerator() {
        return numerator;
    }

    /**
     * The indicator for one enterprise, or null when it cannot be computed: the numerator unknown, or the denominator
     * unknown, zero or negative.
     */
    Double value(Subject s) {
        Double top = s.figure(numerator);
        Double bottom = s.figure(denominator);
        if (top == null || bottom == null || !(bottom > 0)) {
            return null;
        }
        return factor * top / bottom;
    }

    /** How much the indicator grows per unit of its numerator, for an enterprise whose denominator is known. */
    double perUnitOfNumerator(Subject s) {
        return factor / s.figure(denominator);
    }
}
