package org.chainmap.land;

/** 容积率: floor area over land area (SPEC section 12), with 1 亩 = 2000/3 m² (666.67 m²). */
public final class PlotRatio {
    /** Square metres in one 亩. */
    public static final double SQM_PER_MU = 2000.0 / 3;

    private PlotRatio() {}

    /** Building area in m² over {@code areaMu} 亩; null when either is unknown or the area is 0. */
    public static Double of(Double buildingAreaSqm, Double areaMu) {
        if (buildingAreaSqm == null || areaMu == null || areaMu == 0) {
            return null;
        }
        return buildingAreaSqm / (areaMu * SQM_PER_MU);
    }

    /** {@code amount} per 亩 of {@code areaMu}; null when either is unknown or the area is 0. */
    static Double perMu(Double amount, Double areaMu) {
        return amount == null || areaMu == null || areaMu == 0 ? null : amount / areaMu;
    }
}
