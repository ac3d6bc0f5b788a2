package org.chainmap.evaluation;

import java.util.List;

/**
 * The indicator values, benchmarks and weighted parts of one group (SPEC section 4). Indicator {@code i} of enterprise
 * {@code e} scores {@code weight × min(cap, value / benchmark)}; the benchmark is fixed or the mean of the values of
 * the group's enterprises that have the indicator. An enterprise without the indicator (inputs missing, or a
 * denominator zero or negative) gets the average of the others' scores for it. The formula has no floor: a negative
 * value (a tax refund, a loss) scores a negative part. An indicator with no benchmark to compare against (no enterprise
 * has it, or its mean is not positive) scores 0 for everyone. Cost: O(enterprises × indicators).
 */
final class IndicatorScoring {
    private final List<IndicatorRule> rules;
    private final double cap;
    private final Double[][] values;
    private final Double[] benchmarks;
    private final double[][] parts;
    private final boolean[][] imputed;
    private final double[] averages;

    IndicatorScoring(List<IndicatorRule> rules, double cap, List<Subject> subjects) {
        this.rules = rules;
        this.cap = cap;
        int n = subjects.size();
        int k = rules.size();
        values = new Double[n][k];
        benchmarks = new Double[k];
        parts = new double[n][k];
        imputed = new boolean[n][k];
        averages = new double[k];
        for (int i = 0; i < k; i++) {
            Indicator indicator = rules.get(i).indicator();
            for (int e = 0; e < n; e++) {
                values[e][i] = indicator.value(subjects.get(e));
            }
            benchmarks[i] = benchmark(rules.get(i), i);
            scoreIndicator(i);
        }
    }

    private Double benchmark(IndicatorRule rule, int i) {
        if (rule.benchmark() != null) {
            return rule.benchmark();
        }
        double sum = 0;
        int count = 0;
        for (Double[] row : values) {
            if (row[i] != null) {
                sum += row[i];
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }

    private void scoreIndicator(int i) {
        double sum = 0;
        int count = 0;
        for (int e = 0; e < values.length; e++) {
            if (values[e][i] != null) {
                parts[e][i] = part(i, values[e][i]);
                sum += parts[e][i];
                count++;
            }
        }
        averages[i] = count == 0 ? 0 : sum / count;
        for (int e = 0; e < values.length; e++) {
            if (values[e][i] == null) {
                parts[e][i] = averages[i];
                imputed[e][i] = true;
            }
        }
    }

    /** {@code weight × min(cap, value / benchmark)}, 0 without a positive benchmark. */
    double part(int i, double value) {
        Double b = benchmarks[i];
        return b == null || !(b > 0) ? 0 : rules.get(i).weight() * Math.min(cap, value / b);
    }

    double score(int e) {
        double s = 0;
        for (double p : parts[e]) {
            s += p;
        }
        return s;
    }

    List<IndicatorRule> rules() {
        return rules;
    }

    double cap() {
        return cap;
    }

    Double value(int e, int i) {
        return values[e][i];
    }

    Double benchmark(int i) {
        return benchmarks[i];
    }

    double part(int e, int i) {
        return parts[e][i];
    }

    boolean imputed(int e, int i) {
        return imputed[e][i];
    }

    double average(int i) {
        return averages[i];
    }
}
