package org.chainmap.generate;

import java.util.SplittableRandom;

/**
 * Local enterprises that may become park tenants (not chain leaders, below scale or small), grouped by the chain
 * of their main link and shuffled; each is handed out once.
 */
final class TenantPools {
    /** Above-scale firms up to this revenue (万元) may rent park space too. */
    static final double SMALL_REVENUE = 5_000;

    private final int[][] pools;
    private final int[] next;
    private final int size;

    private TenantPools(int[][] pools) {
        this.pools = pools;
        this.next = new int[pools.length];
        int n = 0;
        for (int[] pool : pools) {
            n += pool.length;
        }
        this.size = n;
    }

    static TenantPools of(EnterprisePopulation p, ChainSkeleton skeleton, SplittableRandom rng) {
        int chains = skeleton.chains().size();
        int[] counts = new int[chains];
        int[] locals = p.locals();
        for (int i : locals) {
            if (eligible(p, i)) {
                counts[skeleton.link(p.mainLink[i]).chain()]++;
            }
        }
        int[][] pools = new int[chains][];
        for (int c = 0; c < chains; c++) {
            pools[c] = new int[counts[c]];
            counts[c] = 0;
        }
        for (int i : locals) {
            if (eligible(p, i)) {
                int c = skeleton.link(p.mainLink[i]).chain();
                pools[c][counts[c]++] = i;
            }
        }
        for (int[] pool : pools) {
            shuffle(pool, rng);
        }
        return new TenantPools(pools);
    }

    private static boolean eligible(EnterprisePopulation p, int i) {
        return !p.has(i, EnterprisePopulation.LEADER)
                && (!p.has(i, EnterprisePopulation.ABOVE_SCALE) || p.revenueOrMedian(i) <= SMALL_REVENUE);
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int k = a.length - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int t = a[k];
            a[k] = a[j];
            a[j] = t;
        }
    }

    /** The next enterprise of {@code chain}'s pool, or -1 when it is used up. */
    int take(int chain) {
        return next[chain] < pools[chain].length ? pools[chain][next[chain]++] : -1;
    }

    /** How many enterprises the pools held at the start. */
    int size() {
        return size;
    }
}
