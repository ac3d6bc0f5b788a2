package org.chainmap.classify;

import java.util.List;

/**
 * A page of the inferred memberships waiting for review, lowest confidence first.
 *
 * @param link the link asked about, or null for all
 * @param total how many wait, of that link or of all
 * @param links how many wait per link
 */
public record Review(
        String link, long total, List<ClassifyRun.LinkCount> links, List<Pending> pending, int limit, int offset) {
    public Review {
        links = List.copyOf(links);
        pending = List.copyOf(pending);
    }

    /** An inferred membership waiting for a decision. */
    public record Pending(
            String uscc, String name, String linkId, String linkName, double confidence, Basis evidence) {}
}
