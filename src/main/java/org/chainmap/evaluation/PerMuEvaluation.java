package org.chainmap.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.domain.Scale;

/**
 * The per-mu efficiency evaluation (亩产效益, SPEC section 4) of one year, on figures held in memory.
 *
 * <p>Above-scale and below-scale enterprises are evaluated separately, each group with its own indicators, weights and
 * benchmarks ({@link IndicatorScoring}), then ranked and classed ({@link Classing}, which also states the tie rule).
 * Each row gets the fund ratio of its class and what it would take to reach the next better class: the score that
 * reaches it and the extra tax that alone would get there ({@link ExtraTax}), the benchmarks and the others' scores
 * held fixed. Tenants of multi-storey parks without land of their own are evaluated on land apportioned by floor area
 * ({@link Land}). An enterprise whose scale is unknown is counted above scale when its revenue reaches
 * {@value #ABOVE_SCALE_REVENUE} 万元 (the statistical threshold of 20 million CNY), below otherwise.
 *
 * <p>Cost: O(n log n + n × k) for n enterprises and k indicators.
 */
public final class PerMuEvaluation {
    /** Revenue in 万元 from which an enterprise of unknown scale counts as above scale. */
    public static final double ABOVE_SCALE_REVENUE = 2_000;

    private final EvaluationConfig config;

    public PerMuEvaluation(EvaluationConfig config) {
        if (config == null) {
            throw new IllegalArgumentException("a configuration is needed");
        }
        this.config = config;
    }

    /** Evaluates every enterprise given (one input per enterprise) for {@code year}. */
    public EvaluationResult evaluate(int year, Collection<EvaluationInput> inputs) {
        List<EvaluationRow> rows = new ArrayList<>();
        List<EvaluationGroup> groups = new ArrayList<>();
        for (Scale scale : Scale.values()) {
            List<Subject> subjects = inputs.stream()
                    .map(in -> new Subject(in, scaleOf(in), Land.of(in)))
                    .filter(s -> s.scale() == scale)
                    .sorted(Comparator.comparing(s -> s.input().uscc()))
                    .toList();
            if (!subjects.isEmpty()) {
                evaluateGroup(year, scale, subjects, rows, groups);
            }
        }
        return new EvaluationResult(year, rows, groups);
    }

    private static Scale scaleOf(EvaluationInput in) {
        if (in.scale() != null) {
            return in.scale();
        }
        return in.revenue() != null && in.revenue() >= ABOVE_SCALE_REVENUE ? Scale.ABOVE : Scale.BELOW;
    }

    private void evaluateGroup(
            int year, Scale scale, List<Subject> subjects, List<EvaluationRow> rows, List<EvaluationGroup> groups) {
        var scoring = new IndicatorScoring(config.rules(scale), config.cap(), subjects);
        int n = subjects.size();
        double[] scores = new double[n];
        String[] codes = new String[n];
        for (int e = 0; e < n; e++) {
            scores[e] = scoring.score(e);
            codes[e] = subjects.get(e).input().uscc();
        }
        var classing = new Classing(config.classes(), codes, scores);
        List<EvaluationRow> group = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            group.add(row(year, subjects.get(e), e, scoring, classing, scores[e]));
        }
        group.sort(Comparator.comparingInt(EvaluationRow::rank));
        rows.addAll(group);
        groups.add(summary(scale, n, scoring, classing));
    }

    private EvaluationRow row(int year, Subject s, int e, IndicatorScoring scoring, Classing classing, double score) {
        Map<String, Double> indicators = new LinkedHashMap<>();
        Map<String, Double> parts = new LinkedHashMap<>();
        List<String> imputed = new ArrayList<>();
        for (int i = 0; i < scoring.rules().size(); i++) {
            String id = scoring.rules().get(i).indicator().id();
            indicators.put(id, scoring.value(e, i));
            parts.put(id, scoring.part(e, i));
            if (scoring.imputed(e, i)) {
                imputed.add(id);
            }
        }
        EvaluationClass cls = config.classes().get(classing.classIndex(e));
        return new EvaluationRow(
                s.input().uscc(),
                s.input().name(),
                year,
                s.scale(),
                indicators,
                parts,
                score,
                classing.rank(e),
                cls.name(),
                cls.fundRatio(),
                nextClass(s, e, scoring, classing, score),
                s.land().mu(),
                s.land().apportionedFrom(),
                imputed);
    }

    private NextClass nextClass(Subject s, int e, IndicatorScoring scoring, Classing classing, double score) {
        Classing.Reach reach = classing.next(e);
        if (reach == null) {
            return null;
        }
        double gap = reach.score() - score;
        Double extraTax = ExtraTax.needed(scoring, s, e, gap);
        Double land = s.land().mu();
        Double perMu = extraTax == null || land == null || !(land > 0) ? null : extraTax / land;
        return new NextClass(config.classes().get(reach.classIndex()).name(), reach.score(), gap, extraTax, perMu);
    }

    private EvaluationGroup summary(Scale scale, int n, IndicatorScoring scoring, Classing classing) {
        Map<String, Double> benchmarks = new LinkedHashMap<>();
        Map<String, Double> averages = new LinkedHashMap<>();
        for (int i = 0; i < scoring.rules().size(); i++) {
            String id = scoring.rules().get(i).indicator().id();
            benchmarks.put(id, scoring.benchmark(i));
            averages.put(id, scoring.average(i));
        }
        Map<String, Integer> classes = new LinkedHashMap<>();
        int[] counts = classing.counts();
        for (int c = 0; c < counts.length; c++) {
            classes.put(config.classes().get(c).name(), counts[c]);
        }
        return new EvaluationGroup(scale, n, benchmarks, averages, classes);
    }
}
