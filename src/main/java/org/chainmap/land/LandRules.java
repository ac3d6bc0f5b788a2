package org.chainmap.land;

/**
 * The parameters of the low-efficiency list (SPEC section 12).
 *
 * @param plotRatioFloor a parcel in use whose plot ratio is below it is low-efficiency ({@code LOW_PLOT_RATIO})
 */
public record LandRules(double plotRatioFloor) {
    /** A plot ratio below 1.0 is low. */
    public static final LandRules DEFAULTS = new LandRules(1.0);

    public LandRules {
        if (!(plotRatioFloor >= 0) || Double.isInfinite(plotRatioFloor)) {
            throw new IllegalArgumentException("plotRatioFloor must be zero or more, got " + plotRatioFloor);
        }
    }
}
