package org.chainmap.generate;

import java.util.SplittableRandom;

/**
 * The enterprises working in each link (main or second link), local ones first, with running sums of their
 * attractiveness as suppliers, so that a supplier is drawn in O(log n) with probability growing with its size.
 * Held as flat int and double arrays: one slot per (enterprise, link).
 */
final class LinkMembers {
    private final int[] offsets;
    private final int[] localCounts;
    private final int[] members;
    private final double[] cumulative;

    LinkMembers(EnterprisePopulation p, int links) {
        offsets = new int[links + 1];
        localCounts = new int[links];
        int n = p.size();
        for (int i = 0; i < n; i++) {
            count(p.mainLink[i], p.local(i));
            if (p.secondLink[i] >= 0) {
                count(p.secondLink[i], p.local(i));
            }
        }
        for (int l = 0; l < links; l++) {
            offsets[l + 1] += offsets[l];
        }
        members = new int[offsets[links]];
        int[] nextLocal = new int[links];
        int[] nextOther = new int[links];
        for (int l = 0; l < links; l++) {
            nextLocal[l] = offsets[l];
            nextOther[l] = offsets[l] + localCounts[l];
        }
        for (int i = 0; i < n; i++) {
            place(i, p.mainLink[i], p.local(i), nextLocal, nextOther);
            if (p.secondLink[i] >= 0) {
                place(i, p.secondLink[i], p.local(i), nextLocal, nextOther);
            }
        }
        cumulative = new double[members.length];
        for (int l = 0; l < links; l++) {
            double sum = 0;
            for (int k = offsets[l]; k < offsets[l + 1]; k++) {
                int i = members[k];
                double weight = StrictMath.pow(p.revenueOrMedian(i), 0.7);
                sum += weight;
                cumulative[k] = sum;
            }
        }
    }

    private void count(int link, boolean local) {
        offsets[link + 1]++;
        if (local) {
            localCounts[link]++;
        }
    }

    private void place(int i, int link, boolean local, int[] nextLocal, int[] nextOther) {
        members[local ? nextLocal[link]++ : nextOther[link]++] = i;
    }

    int count(int link) {
        return offsets[link + 1] - offsets[link];
    }

    int localCount(int link) {
        return localCounts[link];
    }

    /** The {@code k}-th member of {@code link}; the local ones come first. */
    int member(int link, int k) {
        return members[offsets[link] + k];
    }

    /** A member of {@code link} drawn by attractiveness, or -1 when the link is empty. */
    int pick(int link, SplittableRandom rng) {
        return pick(link, count(link), rng);
    }

    /** A local member of {@code link} drawn by attractiveness, or -1 when it has none. */
    int pickLocal(int link, SplittableRandom rng) {
        return pick(link, localCount(link), rng);
    }

    private int pick(int link, int among, SplittableRandom rng) {
        if (among == 0) {
            return -1;
        }
        int from = offsets[link];
        return members[WeightedChoice.pick(cumulative, from, from + among, rng)];
    }
}
