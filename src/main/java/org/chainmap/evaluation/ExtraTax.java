package org.chainmap.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The extra tax that alone would raise an enterprise's score by a given amount, benchmarks and every other input held
 * fixed. Tax is the numerator of some indicators ({@code taxPerMu}, {@code taxPerKwh}); each such indicator the
 * enterprise has grows linearly with tax until it reaches its cap, so the score gained is a piecewise linear,
 * non-decreasing function of the extra tax, with a break where each indicator caps. Cost: O(k log k) for k indicators.
 */
final class ExtraTax {
    /** Rounding in the parts must not make a gain reached exactly at a cap look out of reach. */
    private static final double TOLERANCE = 1e-9;

    /** One tax-driven indicator: its weight, the part it scores now and how it grows with tax. */
    private record Term(double weight, double cap, double perUnitOfTax, double benchmark, double tax) {
        double part(double extra) {
            return weight * Math.min(cap, (tax + extra) * perUnitOfTax / benchmark);
        }

        /** The extra tax at which this indicator reaches its cap. */
        double capsAt() {
            return cap * benchmark / perUnitOfTax - tax;
        }
    }

    private ExtraTax() {}

    /**
     * The extra tax (万元) that raises enterprise {@code e}'s score by {@code gain}, or null when tax alone cannot: its
     * tax is unknown, it has none of the tax-driven indicators, or they all cap before the gain is made.
     */
    static Double needed(IndicatorScoring scoring, Subject subject, int e, double gain) {
        Double tax = subject.figure(Figure.TAX);
        if (tax == null) {
            return null;
        }
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < scoring.rules().size(); i++) {
            Indicator indicator = scoring.rules().get(i).indicator();
            Double b = scoring.benchmark(i);
            if (indicator.numerator() == Figure.TAX && scoring.value(e, i) != null && b != null && b > 0) {
                terms.add(new Term(
                        scoring.rules().get(i).weight(), scoring.cap(), indicator.perUnitOfNumerator(subject), b, tax));
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        TreeSet<Double> breaks = new TreeSet<>();
        breaks.add(0.0);
        for (Term t : terms) {
            if (t.capsAt() > 0) {
                breaks.add(t.capsAt());
            }
        }
        double before = 0;
        double gainBefore = 0;
        for (double at : breaks) {
            double gained = gained(terms, at);
            if (gained >= gain - TOLERANCE) {
                return at == before ? at : before + (at - before) * (gain - gainBefore) / (gained - gainBefore);
            }
            before = at;
            gainBefore = gained;
        }
        return null;
    }

    private static double gained(List<Term> terms, double extra) {
        double g = 0;
        for (Term t : terms) {
            g += t.part(extra) - t.part(0);
        }
        return g;
    }
}
