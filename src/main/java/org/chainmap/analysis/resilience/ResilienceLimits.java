package org.chainmap.analysis.resilience;

/**
 * How much the resilience analysis lists (SPEC section 4).
 *
 * @param betweennessTop the enterprises of highest betweenness listed; 0 for none
 */
public record ResilienceLimits(int betweennessTop) {
    public ResilienceLimits {
        if (betweennessTop < 0) {
            throw new IllegalArgumentException("betweenness-top must be at least 0, got " + betweennessTop);
        }
    }
}
