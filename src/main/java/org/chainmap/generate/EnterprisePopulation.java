package org.chainmap.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The enterprises of a synthetic data set as parallel primitive arrays indexed by enterprise (25 bytes each), so
 * a million of them fit in a modest heap. Unknown values are NaN (revenue, tax, land), -1 (employees, second link)
 * or 0 (year founded). The generator's parts fill and adjust the arrays in a fixed order: traits when drawn, chain
 * leaders when appointed, land when an enterprise becomes a park tenant.
 */
final class EnterprisePopulation {
    /** Share of enterprises registered in the district. */
    static final double LOCAL_SHARE = 0.03;
    /** Share of enterprises that work in a second link besides their main one. */
    static final double SECOND_LINK_SHARE = 0.22;

    static final int LOCAL = 1;
    static final int ABOVE_SCALE = 1 << 1;
    static final int SCALE_UNKNOWN = 1 << 2;
    static final int HIGH_TECH = 1 << 3;
    static final int SRDI = 1 << 4;
    static final int LITTLE_GIANT = 1 << 5;
    static final int LISTED = 1 << 6;
    static final int LEADER = 1 << 7;

    final short[] division;
    final short[] mainLink;
    final short[] secondLink;
    final float[] revenue;
    final float[] tax;
    final float[] landMu;
    final int[] employees;
    final short[] founded;
    final byte[] traits;

    private EnterprisePopulation(int n) {
        division = new short[n];
        mainLink = new short[n];
        secondLink = new short[n];
        revenue = new float[n];
        tax = new float[n];
        landMu = new float[n];
        employees = new int[n];
        founded = new short[n];
        traits = new byte[n];
    }

    /** Draws {@code n} enterprises: where they are registered, their links, size and recognitions. */
    static EnterprisePopulation draw(
            int n, ChainSkeleton skeleton, RegionCatalog regions, LinkPopularity popularity, SplittableRandom rng) {
        var p = new EnterprisePopulation(n);
        var traits = new EnterpriseTraits(p, rng);
        for (int i = 0; i < n; i++) {
            boolean local = RandomDraws.chance(rng, LOCAL_SHARE);
            p.division[i] = (short) (local ? regions.pickLocal(rng) : regions.pickOther(rng));
            int link = popularity.pickLink(local, rng);
            p.mainLink[i] = (short) link;
            int second = RandomDraws.chance(rng, SECOND_LINK_SHARE) ? secondLink(skeleton, link, rng) : -1;
            p.secondLink[i] = (short) (local && second >= 0 && !popularity.openToLocals(second) ? -1 : second);
            traits.draw(i, local);
        }
        return p;
    }

    /** A neighbour in the FEEDS order most of the time, else another link of the same chain; -1 if none. */
    private static int secondLink(ChainSkeleton skeleton, int link, SplittableRandom rng) {
        int[] in = skeleton.inputs(link);
        int[] out = skeleton.outputs(link);
        if (in.length + out.length > 0 && RandomDraws.chance(rng, 0.6)) {
            int k = rng.nextInt(in.length + out.length);
            return k < in.length ? in[k] : out[k - in.length];
        }
        int[] siblings = skeleton.linksOf(skeleton.link(link).chain());
        int other = siblings[rng.nextInt(siblings.length)];
        return other == link ? -1 : other;
    }

    int size() {
        return traits.length;
    }

    boolean local(int i) {
        return (traits[i] & LOCAL) != 0;
    }

    boolean has(int i, int trait) {
        return (traits[i] & trait) != 0;
    }

    void set(int i, int trait) {
        traits[i] |= (byte) trait;
    }

    void clear(int i, int trait) {
        traits[i] &= (byte) ~trait;
    }

    /** Main-business revenue in 万元; NaN when unknown. */
    double revenue(int i) {
        return revenue[i];
    }

    /** Revenue for weighing an enterprise's size: the median where unknown. */
    double revenueOrMedian(int i) {
        return Float.isNaN(revenue[i]) ? EnterpriseTraits.MEDIAN_REVENUE : revenue[i];
    }

    /** Year founded; 0 when unknown. */
    int founded(int i) {
        return founded[i];
    }

    /** Number of enterprises with {@link #LOCAL} set. */
    int localCount() {
        int n = 0;
        for (byte t : traits) {
            n += t & LOCAL;
        }
        return n;
    }

    /** The local enterprises in index order. */
    int[] locals() {
        int[] out = new int[localCount()];
        int k = 0;
        for (int i = 0; i < traits.length; i++) {
            if (local(i)) {
                out[k++] = i;
            }
        }
        return Arrays.copyOf(out, k);
    }
}
