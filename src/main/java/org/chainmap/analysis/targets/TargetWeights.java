package org.chainmap.analysis.targets;

/**
 * The weights of a target's score and of its parts (SPEC section 4).
 *
 * @param weightGap weight of the best gap score of the target's links
 * @param weightStrength weight of its strength (revenue and tags)
 * @param weightProximity weight of its proximity to local enterprises
 * @param weightPark weight of the fit of a park for it
 * @param revenueShare the part of strength that revenue gives, the rest from tags
 * @param perTag what each recognition adds to the tag part
 * @param twoHopProximity proximity of a target two supply steps from a local enterprise
 * @param inferredProximity the most an Adamic–Adar proximity can give
 */
public record TargetWeights(
        double weightGap,
        double weightStrength,
        double weightProximity,
        double weightPark,
        double revenueShare,
        double perTag,
        double twoHopProximity,
        double inferredProximity) {
    public TargetWeights {
        for (double d : new double[] {weightGap, weightStrength, weightProximity, weightPark, perTag}) {
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("weights and factors must be zero or more, got " + d);
            }
        }
        for (double d : new double[] {revenueShare, twoHopProximity, inferredProximity}) {
            if (!(d >= 0 && d <= 1)) {
                throw new IllegalArgumentException("shares must be between 0 and 1, got " + d);
            }
        }
    }
}
