package org.chainmap.generate;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.chainmap.domain.LinkStage;

/**
 * How enterprises spread over chains and links, drawn once per seed. Elsewhere every link has firms; in the
 * district about a fifth of the links have none (the gaps the tool is for) and another fifth only a few.
 */
final class LinkPopularity {
    static final double LOCAL_GAP_SHARE = 0.2;
    static final double LOCAL_THIN_SHARE = 0.2;

    private final ChainSkeleton skeleton;
    private final WeightedChoice chains;
    private final WeightedChoice localChains;
    private final WeightedChoice[] links;
    private final WeightedChoice[] localLinks;
    private final boolean[] openToLocals;

    LinkPopularity(ChainSkeleton skeleton, SplittableRandom rng) {
        this.skeleton = skeleton;
        int n = skeleton.chains().size();
        chains = new WeightedChoice(skeleton.chains().stream()
                .mapToDouble(ChainSkeleton.Chain::weight)
                .toArray());
        localChains = new WeightedChoice(skeleton.chains().stream()
                .mapToDouble(ChainSkeleton.Chain::localWeight)
                .toArray());
        links = new WeightedChoice[n];
        localLinks = new WeightedChoice[n];
        openToLocals = new boolean[skeleton.links().size()];
        for (int c = 0; c < n; c++) {
            int[] members = skeleton.linksOf(c);
            double[] all = new double[members.length];
            double[] local = new double[members.length];
            for (int k = 0; k < members.length; k++) {
                LinkStage stage = skeleton.link(members[k]).stage();
                all[k] = RandomDraws.logNormal(rng, stage == LinkStage.MIDSTREAM ? 1.3 : 1.0, 0.6);
                double u = rng.nextDouble();
                local[k] = u < LOCAL_GAP_SHARE
                        ? 0
                        : u < LOCAL_GAP_SHARE + LOCAL_THIN_SHARE ? 0.08 * all[k] : RandomDraws.logNormal(rng, 1.0, 0.8);
            }
            if (Arrays.stream(local).sum() == 0) {
                local[rng.nextInt(members.length)] = 1.0;
            }
            for (int k = 0; k < members.length; k++) {
                openToLocals[members[k]] = local[k] > 0;
            }
            links[c] = new WeightedChoice(all);
            localLinks[c] = new WeightedChoice(local);
        }
    }

    /** Whether local enterprises work in {@code link} at all; the others are the district's gaps. */
    boolean openToLocals(int link) {
        return openToLocals[link];
    }

    /** A main link for a new enterprise, local or not. */
    int pickLink(boolean local, SplittableRandom rng) {
        int chain = (local ? localChains : chains).pick(rng);
        int k = (local ? localLinks : links)[chain].pick(rng);
        return skeleton.linksOf(chain)[k];
    }
}
