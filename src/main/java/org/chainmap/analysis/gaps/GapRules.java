package org.chainmap.analysis.gaps;

/**
 * The rules of the gap analysis (SPEC section 4).
 *
 * @param keyLinkFactor a key link's criticality is multiplied by this (1.5)
 * @param strengthenDependency a covered link depending on outside suppliers past this share is to strengthen
 * @param buildCoveredShare a chain covering fewer than this share of its links is to build (建链)
 */
public record GapRules(double keyLinkFactor, double strengthenDependency, double buildCoveredShare) {
    public GapRules {
        if (!(keyLinkFactor >= 0) || Double.isInfinite(keyLinkFactor)) {
            throw new IllegalArgumentException("weights and factors must be zero or more, got " + keyLinkFactor);
        }
        for (double share : new double[] {strengthenDependency, buildCoveredShare}) {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("shares must be between 0 and 1, got " + share);
            }
        }
    }
}
