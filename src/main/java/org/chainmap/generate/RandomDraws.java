package org.chainmap.generate;

import java.util.SplittableRandom;

/**
 * The distributions the synthetic data set draws from. {@link StrictMath} keeps every draw bit-identical on every
 * platform, so a seed gives the same files everywhere.
 */
final class RandomDraws {
    private RandomDraws() {}

    /** True with probability {@code p}. */
    static boolean chance(SplittableRandom rng, double p) {
        return rng.nextDouble() < p;
    }

    /** A standard normal draw (Box–Muller). */
    static double normal(SplittableRandom rng) {
        double u = 1.0 - rng.nextDouble(); // (0, 1]
        double v = rng.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    /** A log-normal draw with the given median and log-scale standard deviation. */
    static double logNormal(SplittableRandom rng, double median, double sigma) {
        return median * StrictMath.exp(sigma * normal(rng));
    }

    /** A Pareto draw: at least {@code min}, tail exponent {@code alpha} (heavier for smaller alpha). */
    static double pareto(SplittableRandom rng, double min, double alpha) {
        double u = 1.0 - rng.nextDouble(); // (0, 1]
        return min * StrictMath.pow(u, -1.0 / alpha);
    }

    /** A uniform draw in [{@code from}, {@code to}). */
    static double between(SplittableRandom rng, double from, double to) {
        return from + (to - from) * rng.nextDouble();
    }

    /** SplitMix64's finaliser: a well-mixed 64-bit hash of {@code x}. */
    static long mix(long x) {
        long z = x + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
