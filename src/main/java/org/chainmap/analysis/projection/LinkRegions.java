package org.chainmap.analysis.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Per link, how many non-local enterprises of each region work in it: what the feasibility of links is computed from
 * (SPEC section 13). A region is the first four digits of the division code in an enterprise's credit code (its city);
 * enterprises whose credit code carries no division code are left out. Read summed from Neo4j for the gaps-only
 * projection ({@code analysis/link-regions}), counted from the memberships for the full one. Immutable.
 */
public final class LinkRegions {
    public static final LinkRegions NONE = new LinkRegions(Map.of());

    private final Map<String, Map<String, Long>> counts;

    /** @param counts per link id, per region, the number of (non-local enterprise, link) memberships */
    LinkRegions(Map<String, Map<String, Long>> counts) {
        Map<String, Map<String, Long>> copy = new HashMap<>();
        counts.forEach((link, byRegion) -> {
            if (!byRegion.isEmpty()) {
                copy.put(link, Map.copyOf(byRegion));
            }
        });
        this.counts = Map.copyOf(copy);
    }

    /** Counted from the memberships of a full projection. Cost: one pass over the memberships. */
    static LinkRegions of(
            Iterable<String> links, java.util.function.Function<String, int[]> members, EnterpriseNode[] e) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (String link : links) {
            for (int v : members.apply(link)) {
                String region = regionOf(e[v]);
                if (region != null) {
                    counts.computeIfAbsent(link, k -> new HashMap<>()).merge(region, 1L, Long::sum);
                }
            }
        }
        return new LinkRegions(counts);
    }

    /** The region an enterprise counts in: null for a local one and for one whose credit code has no division. */
    static String regionOf(EnterpriseNode e) {
        String division = e.local() ? null : e.division();
        return division == null ? null : division.substring(0, 4);
    }

    /** The same counts less one membership of {@code region} in each of {@code links} (an enterprise become local). */
    LinkRegions without(String region, List<String> links) {
        if (region == null || links.isEmpty()) {
            return this;
        }
        Map<String, Map<String, Long>> changed = new HashMap<>(counts);
        for (String link : links) {
            Map<String, Long> byRegion = new HashMap<>(changed.getOrDefault(link, Map.of()));
            long left = byRegion.getOrDefault(region, 0L) - 1;
            if (left > 0) {
                byRegion.put(region, left);
            } else {
                byRegion.remove(region);
            }
            changed.put(link, byRegion);
        }
        return new LinkRegions(changed);
    }

    /** Every region that has at least one membership, sorted. */
    public Set<String> regions() {
        Set<String> all = new TreeSet<>();
        counts.values().forEach(byRegion -> all.addAll(byRegion.keySet()));
        return all;
    }

    /** Per region, the memberships of the link; empty for a link no non-local enterprise works in. */
    public Map<String, Long> of(String linkId) {
        return counts.getOrDefault(linkId, Map.of());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinkRegions other && counts.equals(other.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }

    @Override
    public String toString() {
        return "LinkRegions" + counts;
    }
}
