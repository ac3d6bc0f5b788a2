package org.chainmap.generate;

import static org.chainmap.generate.RandomDraws.chance;
import static org.chainmap.generate.RandomDraws.logNormal;

import java.util.SplittableRandom;

/**
 * The registered capital (注册资本) of each enterprise as a cell of {@code enterprises.csv}, written in the varied
 * forms of registry exports so that an import exercises the importer's reading of them. The capital is log-normal
 * around {@link #MEDIAN} 万元 for a firm of median revenue and grows with revenue (elasticity
 * {@link #REVENUE_ELASTICITY}), so chain leaders and listed firms hold 亿元 of it; it is rounded to two significant
 * digits, as subscribed capital usually is. Most cells are in yuan (1200万元人民币, 1.5亿元, 12000000元, a bare number of
 * 万元 …); {@link #FOREIGN_SHARE} of non-local firms give it in 美元, 港元/港币, 欧元 or 日元, converted at about the
 * importer's default rates; {@link #UNKNOWN_SHARE} write a placeholder (-, 暂无) or nothing.
 */
final class RegisteredCapitals {
    static final double MEDIAN = 2_000;
    static final double REVENUE_ELASTICITY = 0.6;
    static final double SIGMA = 0.9;
    static final double MINIMUM = 10;
    static final double FOREIGN_SHARE = 0.04;
    static final double UNKNOWN_SHARE = 0.01;

    /** The forms of a capital in yuan, with how often each occurs. */
    private enum YuanForm {
        WAN_YUAN_RMB(25), // 1200万元人民币
        WAN_RMB(15), // 1200万人民币
        WAN_YUAN(25), // 1200万元
        WAN(5), // 1200万
        BARE(5), // 1200, already 万元
        YUAN(5), // 12000000元
        GROUPED(5), // 1,200万元
        YI(10); // 1.2亿元 or 1.2亿, from 1 亿 up

        final double weight;

        YuanForm(double weight) {
            this.weight = weight;
        }
    }

    /** Foreign currencies with their names and about what one unit is worth in yuan. */
    private enum Foreign {
        US_DOLLAR("USD", "美元", 7.1, 60),
        HONG_KONG_DOLLAR("HKD", "港元", 0.91, 15),
        HONG_KONG_DOLLAR_BILL("HKD", "港币", 0.91, 10),
        EURO("EUR", "欧元", 7.8, 10),
        YEN("JPY", "日元", 0.048, 5);

        final String iso;
        final String name;
        final double yuan;
        final double weight;

        Foreign(String iso, String name, double yuan, double weight) {
            this.iso = iso;
            this.name = name;
            this.yuan = yuan;
            this.weight = weight;
        }
    }

    private static final YuanForm[] YUAN_FORMS = YuanForm.values();
    private static final WeightedChoice YUAN_CHOICE = new WeightedChoice(
            java.util.Arrays.stream(YUAN_FORMS).mapToDouble(f -> f.weight).toArray());
    private static final Foreign[] FOREIGN = Foreign.values();
    private static final WeightedChoice FOREIGN_CHOICE = new WeightedChoice(
            java.util.Arrays.stream(FOREIGN).mapToDouble(f -> f.weight).toArray());

    private final EnterprisePopulation p;
    private final SplittableRandom rng;

    RegisteredCapitals(EnterprisePopulation population, SplittableRandom rng) {
        this.p = population;
        this.rng = rng;
    }

    /** The cell of enterprise {@code i}; the same number of draws whatever the form, so that a seed fixes them all. */
    String cell(int i) {
        double draw = logNormal(rng, 1, SIGMA);
        boolean unknown = chance(rng, UNKNOWN_SHARE);
        boolean foreign = chance(rng, FOREIGN_SHARE) && !p.local(i);
        double pick = rng.nextDouble();
        YuanForm form = YUAN_FORMS[YUAN_CHOICE.pick(rng)];
        Foreign currency = FOREIGN[FOREIGN_CHOICE.pick(rng)];
        if (unknown) {
            return pick < 0.4 ? "" : pick < 0.7 ? "-" : "暂无";
        }
        double wanYuan = MEDIAN
                * StrictMath.pow(p.revenueOrMedian(i) / EnterpriseTraits.MEDIAN_REVENUE, REVENUE_ELASTICITY)
                * draw
                * (p.has(i, EnterprisePopulation.LISTED) ? 3 : 1);
        if (foreign) {
            long amount = twoDigits(Math.max(MINIMUM, wanYuan / currency.yuan));
            // mostly the Chinese name after the amount, sometimes the ISO code after or before it
            return pick < 0.8
                    ? amount + "万" + currency.name
                    : pick < 0.9 ? amount + "万 " + currency.iso : currency.iso + " " + amount + "万";
        }
        return yuan(twoDigits(Math.max(MINIMUM, wanYuan)), form, pick);
    }

    private static String yuan(long wan, YuanForm form, double pick) {
        return switch (form) {
            case WAN_YUAN_RMB -> wan + "万元人民币";
            case WAN_RMB -> wan + "万人民币";
            case WAN_YUAN -> wan + "万元";
            case WAN -> wan + "万";
            case BARE -> Long.toString(wan);
            case YUAN -> wan + "0000元";
            case GROUPED -> String.format(java.util.Locale.ROOT, "%,d万元", wan);
            case YI -> wan < 10_000 ? wan + "万元" : Decimals.of(wan / 10_000.0, 4) + (pick < 0.7 ? "亿元" : "亿");
        };
    }

    /** {@code value} rounded to two significant digits (1234 → 1200, 56.7 → 57), at least 10. */
    static long twoDigits(double value) {
        long step = 1;
        while (value / step >= 100) {
            step *= 10;
        }
        return Math.max(10, Math.round(value / step) * step);
    }
}
