package org.chainmap.evaluation;

/**
 * How one indicator counts in a group: it scores {@code weight × min(cap, value / benchmark)}.
 *
 * @param benchmark a fixed benchmark, or null for the mean of the indicator over the group's enterprises that have it
 */
public record IndicatorRule(Indicator indicator, double weight, Double benchmark) {
    public IndicatorRule {
        if (indicator == null) {
            throw new IllegalArgumentException("an indicator rule needs an indicator");
        }
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(
                    indicator.id() + ": weight must be a number of 0 or more, got " + weight);
        }
        if (benchmark != null && (!(benchmark > 0) || benchmark.isInfinite())) {
            throw new IllegalArgumentException(
                    indicator.id() + ": a fixed benchmark must be positive, got " + benchmark);
        }
    }

    /** A rule benchmarked against the group mean. */
    public static IndicatorRule ofMean(Indicator indicator, double weight) {
        return new IndicatorRule(indicator, weight, null);
    }
}
