package org.chainmap.analysis.referrals;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A local enterprise placed to introduce a target.
 *
 * @param leader it leads at least one chain (链主)
 * @param score the sum of the strengths of {@code paths}
 * @param paths its best paths to the target (at most k), fewest hops first, then strongest
 * @param source {@code network} when found on the supply network only, {@code visit} when a visit to it recorded
 *     that it could introduce the target (its paths are kept when it is on the network too)
 * @param lastVisit for {@code visit}: the day of the latest such visit
 */
public record Referrer(
        String uscc,
        String name,
        boolean leader,
        double score,
        List<ReferralPath> paths,
        String source,
        @JsonInclude(JsonInclude.Include.NON_NULL) String lastVisit) {
    public static final String NETWORK = "network";
    public static final String VISIT = "visit";

    public Referrer {
        paths = List.copyOf(paths);
    }

    /** A referrer found on the supply network. */
    public Referrer(String uscc, String name, boolean leader, double score, List<ReferralPath> paths) {
        this(uscc, name, leader, score, paths, NETWORK, null);
    }

    /** This referrer as backed by a visit on {@code day}. */
    public Referrer visited(String day) {
        return new Referrer(uscc, name, leader, score, paths, VISIT, day);
    }
}
