package org.chainmap.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chainmap.domain.LinkStage;

/**
 * Appoints the chain leaders (链主): for each chain as many as the skeleton asks, the largest local enterprises
 * working mainly in it (or, where the chain has too few, the largest other local ones), made large and placed in
 * the chain's key links, most downstream first, where a leader such as a vehicle maker sits.
 */
final class ChainLeaders {
    /** A leader: the enterprise index and the chain it leads. */
    record Leader(int enterprise, int chain) {}

    private final List<Leader> leaders;

    private ChainLeaders(List<Leader> leaders) {
        this.leaders = List.copyOf(leaders);
    }

    static ChainLeaders appoint(EnterprisePopulation p, ChainSkeleton skeleton, EnterpriseTraits traits) {
        int[] locals = p.locals();
        boolean[] taken = new boolean[locals.length];
        List<Leader> leaders = new ArrayList<>();
        for (ChainSkeleton.Chain chain : skeleton.chains()) {
            int[] keyLinks = keyLinksDownstreamFirst(skeleton, chain.index());
            for (int k = 0; k < chain.leaders(); k++) {
                int pick = largest(p, skeleton, locals, taken, chain.index());
                if (pick < 0) {
                    pick = largest(p, skeleton, locals, taken, -1);
                }
                if (pick < 0) {
                    break;
                }
                taken[pick] = true;
                int enterprise = locals[pick];
                traits.makeLarge(enterprise);
                p.set(enterprise, EnterprisePopulation.LEADER);
                p.mainLink[enterprise] = (short) keyLinks[k % keyLinks.length];
                if (p.secondLink[enterprise] == p.mainLink[enterprise]) {
                    p.secondLink[enterprise] = -1;
                }
                leaders.add(new Leader(enterprise, chain.index()));
            }
        }
        return new ChainLeaders(leaders);
    }

    /** The position in {@code locals} of the largest untaken one (in {@code chain}, or any for -1); -1 if none. */
    private static int largest(
            EnterprisePopulation p, ChainSkeleton skeleton, int[] locals, boolean[] taken, int chain) {
        int best = -1;
        for (int k = 0; k < locals.length; k++) {
            int i = locals[k];
            if (taken[k] || (chain >= 0 && skeleton.link(p.mainLink[i]).chain() != chain)) {
                continue;
            }
            if (best < 0 || p.revenueOrMedian(i) > p.revenueOrMedian(locals[best])) {
                best = k;
            }
        }
        return best;
    }

    private static int[] keyLinksDownstreamFirst(ChainSkeleton skeleton, int chain) {
        int[] links = skeleton.linksOf(chain);
        List<ChainSkeleton.Link> keys = new ArrayList<>();
        for (int l : links) {
            if (skeleton.link(l).key()) {
                keys.add(skeleton.link(l));
            }
        }
        if (keys.isEmpty()) {
            return new int[] {links[links.length - 1]};
        }
        keys.sort(Comparator.comparing((ChainSkeleton.Link l) ->
                        l.stage() == LinkStage.DOWNSTREAM ? 0 : l.stage() == LinkStage.MIDSTREAM ? 1 : 2)
                .thenComparingInt(ChainSkeleton.Link::index));
        return keys.stream().mapToInt(ChainSkeleton.Link::index).toArray();
    }

    List<Leader> all() {
        return leaders;
    }
}
