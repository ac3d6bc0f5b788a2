package org.chainmap.analysis.referrals;

/**
 * How far the referral search goes (SPEC section 4).
 *
 * @param referrerPaths the referrers kept for a target, best first (at least 1)
 * @param referrerMaxHops the longest supply path from a referrer to a target (1 to 3)
 */
public record ReferralLimits(int referrerPaths, int referrerMaxHops) {
    public ReferralLimits {
        if (referrerPaths < 1 || referrerMaxHops < 1 || referrerMaxHops > 3) {
            throw new IllegalArgumentException("referrer-paths must be at least 1, referrer-max-hops 1 to 3");
        }
    }
}
