package org.chainmap.analysis.targets;

/**
 * The weights of a target's score and of its parts (SPEC section 4, with its sparse-data fallbacks).
 *
 * @param weightGap weight of the best gap score of the target's links
 * @param weightStrength weight of its strength (size and tags)
 * @param weightProximity weight of its proximity to local enterprises
 * @param weightPark weight of the fit of a park for it
 * @param weightPlace weight of how near it is to the district
 * @param revenueShare the part of strength that size gives (revenue, else registered capital, else employees), the
 *     rest from tags
 * @param perTag what each recognition adds to the tag part
 * @param twoHopProximity proximity of a target two supply steps from a local enterprise
 * @param inferredProximity the most an Adamic–Adar proximity can give
 * @param structuralProximity proximity, without any tie, of a target whose link feeds or is fed by a covered link
 * @param feasibilityProximity proximity, without any tie or such link, per unit of its link's feasibility
 * @param homeCity the first four digits of the district's division code; null to take the city most local
 *     enterprises are registered in
 */
public record TargetWeights(
        double weightGap,
        double weightStrength,
        double weightProximity,
        double weightPark,
        double weightPlace,
        double revenueShare,
        double perTag,
        double twoHopProximity,
        double inferredProximity,
        double structuralProximity,
        double feasibilityProximity,
        String homeCity) {
    public TargetWeights {
        for (double d : new double[] {weightGap, weightStrength, weightProximity, weightPark, weightPlace, perTag}) {
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("weights and factors must be zero or more, got " + d);
            }
        }
        for (double d : new double[] {
            revenueShare, twoHopProximity, inferredProximity, structuralProximity, feasibilityProximity
        }) {
            if (!(d >= 0 && d <= 1)) {
                throw new IllegalArgumentException("shares must be between 0 and 1, got " + d);
            }
        }
        homeCity = homeCity == null || homeCity.isBlank() ? null : homeCity.strip();
        if (homeCity != null && !homeCity.matches("\\d{4}(\\d{2})?")) {
            throw new IllegalArgumentException(
                    "the home city must be a 4- or 6-digit division code, got '" + homeCity + "'");
        }
        homeCity = homeCity == null ? null : homeCity.substring(0, 4);
    }

    /** These weights with the place part weighted {@code weight}. */
    public TargetWeights withPlaceWeight(double weight) {
        return new TargetWeights(
                weightGap,
                weightStrength,
                weightProximity,
                weightPark,
                weight,
                revenueShare,
                perTag,
                twoHopProximity,
                inferredProximity,
                structuralProximity,
                feasibilityProximity,
                homeCity);
    }
}
