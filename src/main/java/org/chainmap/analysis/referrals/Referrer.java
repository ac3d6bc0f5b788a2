package org.chainmap.analysis.referrals;

import java.util.List;

/**
 * A local enterprise placed to introduce a target.
 *
 * @param leader it leads at least one chain (链主)
 * @param score the sum of the strengths of {@code paths}
 * @param paths its best paths to the target (at most k), fewest hops first, then strongest
 */
public record Referrer(String uscc, String name, boolean leader, double score, List<ReferralPath> paths) {
    public Referrer {
        paths = List.copyOf(paths);
    }
}
