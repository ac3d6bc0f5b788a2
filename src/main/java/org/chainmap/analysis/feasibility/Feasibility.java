package org.chainmap.analysis.feasibility;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.projection.ChainNode;
import org.chainmap.analysis.projection.ChainSkeleton;
import org.chainmap.analysis.projection.LinkNode;
import org.chainmap.analysis.projection.LinkRegions;

/**
 * How realistically the district can grow each link, from what it already has (SPEC section 13, relatedness after
 * Hidalgo et al. 2007): regions are the first four digits of the non-local enterprises' division codes; a region has
 * a link where its revealed comparative advantage {@code (n_rl / n_r) / (n_l / n)} is at least 1, n counting
 * (enterprise, link) memberships; two links are as close as the share of regions that have both, {@code φ(a, b) =
 * |R_a ∩ R_b| / max(|R_a|, |R_b|)}; and a link's feasibility is the share of its closeness to every other link that
 * goes to links the district covers. Computed once per projection from the memberships counted by link and region
 * ({@link LinkRegions}): a bit-set intersection per pair of links.
 */
public final class Feasibility {
    private final List<String> links;
    private final Map<String, Integer> indexOf;
    private final double[][] proximity;
    private final boolean[] covered;
    private final double[] feasibility;

    private Feasibility(List<String> links, double[][] proximity, boolean[] covered) {
        this.links = links;
        this.indexOf = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            indexOf.put(links.get(i), i);
        }
        this.proximity = proximity;
        this.covered = covered;
        this.feasibility = new double[links.size()];
        for (int l = 0; l < links.size(); l++) {
            double all = 0;
            double toCovered = 0;
            for (int a = 0; a < links.size(); a++) {
                if (a != l) {
                    all += proximity[l][a];
                    toCovered += covered[a] ? proximity[l][a] : 0;
                }
            }
            feasibility[l] = all == 0 ? 0 : toCovered / all;
        }
    }

    /**
     * The feasibility of every link of every chain of the graph, from its links' non-local memberships by region
     * ({@link ChainSkeleton#linkRegions()}) and the links it covers: the same numbers from the gaps-only projection
     * (counted in Neo4j) as from the full one (counted from the memberships).
     */
    public static Feasibility of(ChainSkeleton graph) {
        List<String> links = new ArrayList<>();
        for (ChainNode chain : graph.chains()) {
            graph.linksOfChain(chain.id()).stream().map(LinkNode::id).forEach(links::add);
        }
        LinkRegions regions = graph.linkRegions();
        Map<String, Integer> regionIndex = new HashMap<>();
        for (String region : regions.regions()) {
            regionIndex.put(region, regionIndex.size());
        }
        long[][] count = new long[regionIndex.size()][links.size()];
        boolean[] covered = new boolean[links.size()];
        for (int l = 0; l < links.size(); l++) {
            covered[l] = graph.linkFigures(links.get(l)).coverage() > 0;
            int link = l;
            regions.of(links.get(l)).forEach((region, n) -> count[regionIndex.get(region)][link] = n);
        }
        return new Feasibility(links, proximity(presence(count, links.size()), links.size()), covered);
    }

    /**
     * For each link, the regions that have it: RCA ≥ 1, compared as {@code n_rl · n ≥ n_r · n_l} in whole numbers so
     * that a region exactly at 1 counts.
     */
    static BitSet[] presence(long[][] count, int links) {
        int regions = count.length;
        long[] perRegion = new long[regions];
        long[] perLink = new long[links];
        long n = 0;
        for (int r = 0; r < regions; r++) {
            for (int l = 0; l < links; l++) {
                perRegion[r] += count[r][l];
                perLink[l] += count[r][l];
                n += count[r][l];
            }
        }
        BitSet[] has = new BitSet[links];
        for (int l = 0; l < links; l++) {
            has[l] = new BitSet(regions);
            for (int r = 0; r < regions; r++) {
                // counts stay far below 3·10⁹, so the products fit a long
                if (count[r][l] > 0 && count[r][l] * n >= perRegion[r] * perLink[l]) {
                    has[l].set(r);
                }
            }
        }
        return has;
    }

    static double[][] proximity(BitSet[] has, int links) {
        double[][] phi = new double[links][links];
        for (int a = 0; a < links; a++) {
            for (int b = a + 1; b < links; b++) {
                int larger = Math.max(has[a].cardinality(), has[b].cardinality());
                if (has[a].isEmpty() || has[b].isEmpty()) {
                    continue;
                }
                BitSet both = (BitSet) has[a].clone();
                both.and(has[b]);
                phi[a][b] = phi[b][a] = (double) both.cardinality() / larger;
            }
        }
        return phi;
    }

    /** The feasibility of a link (0 for a link the graph does not have). */
    public double of(String linkId) {
        Integer l = indexOf.get(linkId);
        return l == null ? 0 : feasibility[l];
    }

    /** Whether at least one local enterprise works in the link. */
    public boolean covered(String linkId) {
        Integer l = indexOf.get(linkId);
        return l != null && covered[l];
    }

    /** A covered link and how close it is to the link in question. */
    public record Contribution(String linkId, double proximity) {}

    /** The covered links closest to a link, closest first (then by id), at most {@code n}, none at proximity 0. */
    public List<Contribution> contributors(String linkId, int n) {
        Integer l = indexOf.get(linkId);
        if (l == null) {
            return List.of();
        }
        List<Contribution> out = new ArrayList<>();
        for (int a = 0; a < links.size(); a++) {
            if (a != l && covered[a] && proximity[l][a] > 0) {
                out.add(new Contribution(links.get(a), proximity[l][a]));
            }
        }
        out.sort(Comparator.comparingDouble((Contribution c) -> -c.proximity()).thenComparing(Contribution::linkId));
        return List.copyOf(out.subList(0, Math.min(n, out.size())));
    }

    /** Proximity φ between two links. */
    public double proximity(String a, String b) {
        Integer i = indexOf.get(a);
        Integer j = indexOf.get(b);
        return i == null || j == null ? 0 : proximity[i][j];
    }
}
