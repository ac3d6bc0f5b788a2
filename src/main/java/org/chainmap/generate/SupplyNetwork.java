package org.chainmap.generate;

import static org.chainmap.generate.RandomDraws.chance;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.chainmap.imports.Progress;

/**
 * Draws who supplies whom, customer by customer. A customer wants a heavy-tailed number of suppliers (Pareto,
 * about five on average, more for larger firms; a chain leader one per 500 enterprises of the data set, so that it
 * has the most) and finds most of them in a link
 * that FEEDS its own; within a link a supplier is drawn by size or, preferentially, among those already chosen
 * there (rich get richer), and local customers lean towards local suppliers. Each customer's suppliers are kept
 * in a small sorted array, so no pair repeats and nobody supplies itself without a global set of pairs.
 *
 * <p>Time O(ties · log n); memory one int per tie for the preferential draws, besides the population.
 */
final class SupplyNetwork {
    static final double MIN_SUPPLIERS = 3.3;
    static final double TAIL_EXPONENT = 2.0;
    static final int MAX_SUPPLIERS = 400;
    /** A chain leader's suppliers: one per 500 enterprises in the data set, within these bounds. */
    static final int MIN_LEADER_SUPPLIERS = 50;

    static final int MAX_LEADER_SUPPLIERS = 3_000;
    static final double FOLLOW_FEEDS = 0.9;
    static final double PREFERENTIAL = 0.35;
    static final double LOCAL_PREFERENCE = 0.3;
    static final double SECOND_LINK_USE = 0.3;

    /** Receives the suppliers of each customer, in customer order; {@code suppliers} is reused between calls. */
    @FunctionalInterface
    interface Sink {
        void accept(int customer, int[] suppliers, int count);
    }

    private final EnterprisePopulation p;
    private final ChainSkeleton skeleton;
    private final LinkMembers members;
    private final SplittableRandom rng;
    private final int[][] chosen;
    private final int[] chosenCount;
    private final int leaderSuppliers;
    private final int maxSuppliers;
    private int[] picks = new int[64];

    SupplyNetwork(EnterprisePopulation p, ChainSkeleton skeleton, LinkMembers members, SplittableRandom rng) {
        this.p = p;
        this.skeleton = skeleton;
        this.members = members;
        this.rng = rng;
        int links = skeleton.links().size();
        this.chosen = new int[links][];
        this.chosenCount = new int[links];
        for (int l = 0; l < links; l++) {
            chosen[l] = new int[16];
        }
        this.leaderSuppliers = Math.clamp(p.size() / 500, MIN_LEADER_SUPPLIERS, MAX_LEADER_SUPPLIERS);
        this.maxSuppliers = Math.min(MAX_SUPPLIERS, leaderSuppliers / 2); // leaders stay the largest customers
    }

    /** Draws every customer's suppliers and hands them to {@code sink}; returns the number of ties. */
    long generate(Sink sink, Progress progress) {
        long ties = 0;
        int n = p.size();
        for (int c = 0; c < n; c++) {
            int count = suppliersOf(c);
            if (count > 0) {
                sink.accept(c, picks, count);
                ties += count;
            }
            if ((c + 1) % 100_000 == 0) {
                progress.update("supplies (customers)", c + 1L, n);
            }
        }
        progress.finish("supplies (customers)", n);
        return ties;
    }

    private int suppliersOf(int c) {
        int wanted = wanted(c);
        if (picks.length < wanted) {
            picks = new int[Integer.highestOneBit(wanted) * 2];
        }
        int count = 0;
        for (int attempt = 0; attempt < 3 * wanted + 10 && count < wanted; attempt++) {
            int link = p.secondLink[c] >= 0 && chance(rng, SECOND_LINK_USE) ? p.secondLink[c] : p.mainLink[c];
            int from = supplyingLink(link);
            int s = supplierIn(from, p.local(c));
            if (s >= 0 && s != c && !contains(picks, count, s)) {
                picks[count++] = s;
                remember(from, s);
            }
        }
        Arrays.sort(picks, 0, count);
        return count;
    }

    private int wanted(int c) {
        if (p.has(c, EnterprisePopulation.LEADER)) {
            return leaderSuppliers;
        }
        double sizeFactor =
                Math.clamp(StrictMath.pow(p.revenueOrMedian(c) / EnterpriseTraits.MEDIAN_REVENUE, 0.15), 0.5, 3);
        if (skeleton.inputs(p.mainLink[c]).length == 0) {
            sizeFactor *= 0.5; // raw-material firms: fewer recorded suppliers
        }
        double x = RandomDraws.pareto(rng, MIN_SUPPLIERS, TAIL_EXPONENT) * sizeFactor;
        for (int redraw = 0; redraw < 10 && x >= maxSuppliers + 1; redraw++) {
            x = RandomDraws.pareto(rng, MIN_SUPPLIERS, TAIL_EXPONENT) * sizeFactor; // truncated, not piled at the cap
        }
        return Math.min(maxSuppliers, (int) x);
    }

    /** Mostly a link feeding {@code link}; otherwise the link itself or another of its chain (services, peers). */
    private int supplyingLink(int link) {
        int[] inputs = skeleton.inputs(link);
        if (inputs.length > 0 && chance(rng, FOLLOW_FEEDS)) {
            return inputs[rng.nextInt(inputs.length)];
        }
        if (chance(rng, 0.5)) {
            return link;
        }
        int[] siblings = skeleton.linksOf(skeleton.link(link).chain());
        return siblings[rng.nextInt(siblings.length)];
    }

    private int supplierIn(int link, boolean localCustomer) {
        if (localCustomer && chance(rng, LOCAL_PREFERENCE)) {
            int s = members.pickLocal(link, rng);
            if (s >= 0) {
                return s;
            }
        }
        if (chosenCount[link] > 0 && chance(rng, PREFERENTIAL)) {
            return chosen[link][rng.nextInt(chosenCount[link])];
        }
        return members.pick(link, rng);
    }

    private void remember(int link, int supplier) {
        if (chosenCount[link] == chosen[link].length) {
            chosen[link] = Arrays.copyOf(chosen[link], chosen[link].length * 2);
        }
        chosen[link][chosenCount[link]++] = supplier;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int k = 0; k < count; k++) {
            if (values[k] == value) {
                return true;
            }
        }
        return false;
    }
}
