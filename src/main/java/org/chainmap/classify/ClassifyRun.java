package org.chainmap.classify;

import java.util.List;

/**
 * What a classification run did (or, in a dry run, would do).
 *
 * @param dryRun whether the store was left as it was
 * @param threshold the least confidence assigned
 * @param enterprises the enterprises read (those with an industry code, products or a business scope)
 * @param assigned the inferred memberships written (or that would be)
 * @param removed the inferred memberships of the previous run removed first (0 in a dry run)
 * @param memberships the first {@value ClassifyService#MAX_SHOWN} of them, by credit code then confidence
 * @param links per link with rules, how many it was assigned
 * @param ms how long the run took
 */
public record ClassifyRun(
        boolean dryRun,
        double threshold,
        long enterprises,
        long assigned,
        long removed,
        List<Membership> memberships,
        List<LinkCount> links,
        long ms) {
    public ClassifyRun {
        memberships = List.copyOf(memberships);
        links = List.copyOf(links);
    }

    /** An assigned membership as answers show it. */
    public record Membership(String uscc, String linkId, double confidence, Basis evidence) {
        static Membership of(Assignment a) {
            return new Membership(a.uscc(), a.linkId(), a.confidence(), a.evidence());
        }
    }

    public record LinkCount(String linkId, long count) {}
}
