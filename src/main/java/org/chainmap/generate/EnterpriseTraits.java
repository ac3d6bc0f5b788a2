package org.chainmap.generate;

import static org.chainmap.generate.RandomDraws.between;
import static org.chainmap.generate.RandomDraws.chance;
import static org.chainmap.generate.RandomDraws.logNormal;

import java.util.SplittableRandom;

/**
 * Draws an enterprise's size and recognitions: log-normal revenue (万元), tax a few per cent of it, above-scale
 * (规上, revenue of 2,000 万元 or more) mostly by revenue, and tags that get likelier with size. Non-local
 * enterprises have some values unknown, as in data gathered from outside sources.
 */
final class EnterpriseTraits {
    static final double MEDIAN_REVENUE = 800;
    static final double REVENUE_SIGMA = 1.6;
    static final double ABOVE_SCALE_REVENUE = 2_000;
    static final int YEAR = 2025;

    private final EnterprisePopulation p;
    private final SplittableRandom rng;

    EnterpriseTraits(EnterprisePopulation population, SplittableRandom rng) {
        this.p = population;
        this.rng = rng;
    }

    void draw(int i, boolean local) {
        double revenue = logNormal(rng, MEDIAN_REVENUE, REVENUE_SIGMA);
        p.traits[i] = (byte) (local ? EnterprisePopulation.LOCAL : 0);
        boolean above = chance(rng, 1 / (1 + StrictMath.exp(-StrictMath.log(revenue / ABOVE_SCALE_REVENUE) / 0.25)));
        if (above) {
            p.set(i, EnterprisePopulation.ABOVE_SCALE);
        }
        if (!local && chance(rng, 0.03)) {
            p.set(i, EnterprisePopulation.SCALE_UNKNOWN);
        }
        boolean revenueKnown = local || !chance(rng, 0.05);
        p.revenue[i] = revenueKnown ? (float) revenue : Float.NaN;
        p.tax[i] = revenueKnown && (local || !chance(rng, 0.06))
                ? (float) (revenue * between(rng, 0.012, 0.06))
                : Float.NaN;
        p.employees[i] = local || !chance(rng, 0.05) ? employees(revenue) : -1;
        p.landMu[i] = (float) land(revenue, local, above);
        double s = sizeScore(revenue);
        p.founded[i] = (short)
                (chance(rng, 0.05)
                        ? 0
                        : Math.max(1978, YEAR - (int) (1 + -StrictMath.log(1 - rng.nextDouble()) * (5 + 10 * s))));
        tags(i, s);
    }

    /** Makes enterprise {@code i} a large, established firm, as a chain leader is. */
    void makeLarge(int i) {
        double revenue = Math.max(p.revenueOrMedian(i), logNormal(rng, 300_000, 0.6));
        p.revenue[i] = (float) revenue;
        p.tax[i] = (float) (revenue * between(rng, 0.02, 0.05));
        p.employees[i] = employees(revenue);
        p.landMu[i] = (float) (revenue / logNormal(rng, 900, 0.3));
        p.founded[i] = (short) (1985 + rng.nextInt(25));
        p.clear(i, EnterprisePopulation.SCALE_UNKNOWN);
        p.set(i, EnterprisePopulation.ABOVE_SCALE | EnterprisePopulation.HIGH_TECH);
        if (chance(rng, 0.5)) {
            p.set(i, EnterprisePopulation.LISTED);
        }
    }

    private int employees(double revenue) {
        return (int) Math.max(3, Math.round(revenue / logNormal(rng, 60, 0.5)));
    }

    /** Land held (亩): large local firms own land; many small ones rent space (in parks, multi-storey). */
    private double land(double revenue, boolean local, boolean above) {
        if (local && (above || chance(rng, 0.45))) {
            return Math.max(0.5, revenue / logNormal(rng, above ? 450 : 300, 0.6));
        }
        return !local && chance(rng, 0.1) ? Math.max(0.5, revenue / logNormal(rng, 400, 0.7)) : Double.NaN;
    }

    /** 0 for a firm of 200 万元 revenue or less, 1 for 50 亿元 or more, log-linear between. */
    static double sizeScore(double revenue) {
        double s = StrictMath.log(revenue / 200) / StrictMath.log(500_000.0 / 200);
        return Math.clamp(s, 0, 1);
    }

    private void tags(int i, double s) {
        if (chance(rng, 0.05 + 0.55 * s * s)) {
            p.set(i, EnterprisePopulation.HIGH_TECH);
        }
        if (chance(rng, 0.02 + 0.3 * s)) {
            p.set(i, EnterprisePopulation.SRDI);
            if (chance(rng, 0.12 * s)) {
                p.set(i, EnterprisePopulation.LITTLE_GIANT);
            }
        }
        if (chance(rng, 0.7 * StrictMath.pow(s, 6))) {
            p.set(i, EnterprisePopulation.LISTED);
        }
    }
}
