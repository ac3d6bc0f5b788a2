package org.chainmap.generate;

import static org.chainmap.generate.RandomDraws.between;
import static org.chainmap.generate.RandomDraws.chance;

import java.util.SplittableRandom;

/**
 * Formats supply ties as rows of {@code supplies.csv}: a value (万元) sized by the customer's purchases, the year the
 * tie began, where it is known from and how far that source is trusted. Some values are left empty, as in data
 * gathered from outside.
 */
final class SupplyRows implements SupplyNetwork.Sink {
    /** Sources of supply ties, with the confidence range each usually earns and how often it occurs. */
    private enum Source {
        ANNUAL_REPORT("年报披露", 0.85, 1.0, 15),
        TENDER("招投标公告", 0.8, 0.95, 8),
        CUSTOMS("海关进出口数据", 0.75, 0.95, 10),
        SITE_VISIT("走访调研", 0.85, 1.0, 12),
        SUPPLIER_LIST("供应商名录", 0.7, 0.9, 20),
        NEWS("新闻报道", 0.5, 0.8, 15),
        INFERRED("模型推断", 0.2, 0.6, 20);

        final String text;
        final double low;
        final double high;
        final double weight;

        Source(String text, double low, double high, double weight) {
            this.text = text;
            this.low = low;
            this.high = high;
            this.weight = weight;
        }
    }

    private static final Source[] SOURCES = Source.values();
    private static final WeightedChoice SOURCE_CHOICE = new WeightedChoice(
            java.util.Arrays.stream(SOURCES).mapToDouble(s -> s.weight).toArray());

    private final EnterprisePopulation p;
    private final CreditCodes codes;
    private final SplittableRandom rng;
    private final TieSample ties;

    /** @param ties the rows kept: all, or in a sparse data set a sample (drawn the same either way) */
    SupplyRows(EnterprisePopulation p, CreditCodes codes, SplittableRandom rng, TieSample ties) {
        this.p = p;
        this.codes = codes;
        this.rng = rng;
        this.ties = ties;
    }

    @Override
    public void accept(int customer, int[] suppliers, int count) {
        String customerCode = codes.code(customer);
        double purchases = p.revenueOrMedian(customer) * between(rng, 0.3, 0.7);
        for (int k = 0; k < count; k++) {
            int s = suppliers[k];
            String value = chance(rng, 0.3)
                    ? ""
                    : Decimals.of(purchases / Math.max(count, 3) * RandomDraws.logNormal(rng, 1, 0.8), 2);
            Source source = SOURCES[SOURCE_CHOICE.pick(rng)];
            String confidence =
                    chance(rng, 0.08) ? "" : Decimals.of(Math.max(0.05, between(rng, source.low, source.high)), 2);
            ties.offer(
                    codes.code(s),
                    customerCode,
                    value,
                    since(s, customer),
                    chance(rng, 0.08) ? "" : source.text,
                    confidence);
        }
    }

    /** A year (sometimes with the month) after both firms were founded; empty for some ties. */
    private String since(int supplier, int customer) {
        if (chance(rng, 0.15)) {
            return "";
        }
        int from = Math.max(1995, Math.max(p.founded(supplier), p.founded(customer)));
        int year = from + rng.nextInt(EnterpriseTraits.YEAR - from + 1);
        return chance(rng, 0.7) ? Integer.toString(year) : Dates.month(year, 1 + rng.nextInt(12));
    }
}
