package org.chainmap.generate;

import java.util.SplittableRandom;

/** Picks an index with probability proportional to its weight; O(log n) per pick. */
final class WeightedChoice {
    private final double[] cumulative;

    WeightedChoice(double[] weights) {
        cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("weight " + i + " must be finite and not negative: " + weights[i]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
    }

    int pick(SplittableRandom rng) {
        return pick(cumulative, 0, cumulative.length, rng);
    }

    /**
     * Picks an index in [{@code from}, {@code to}) of a run of running sums that starts afresh at {@code from}
     * ({@code cumulative[i]} = weight of {@code from} … {@code i}). The run's total must be positive.
     */
    static int pick(double[] cumulative, int from, int to, SplittableRandom rng) {
        double total = cumulative[to - 1];
        int i = firstAbove(cumulative, from, to, rng.nextDouble() * total);
        // rounding can make the target reach the total: take the first index that does
        return i < to ? i : firstAtLeast(cumulative, from, to, total);
    }

    /** The first index in [from, to) whose running sum exceeds {@code x}, or {@code to}; its weight is positive. */
    private static int firstAbove(double[] cumulative, int from, int to, double x) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static int firstAtLeast(double[] cumulative, int from, int to, double x) {
        int lo = from;
        int hi = to - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] >= x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
