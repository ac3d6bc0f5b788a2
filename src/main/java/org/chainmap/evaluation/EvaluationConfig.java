package org.chainmap.evaluation;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chainmap.domain.Scale;

/**
 * Weights, benchmarks, cap and classes of the per-mu evaluation (SPEC section 4). The defaults live in
 * {@code evaluation-defaults.properties} on the classpath, which documents every key; a properties file given by the
 * user overrides any of them.
 *
 * @param above indicators of the above-scale group (规上), in order
 * @param below indicators of the below-scale group (规下), in order
 * @param cap the largest multiple of its benchmark an indicator scores for
 * @param classes best first; every class but the last has a cut, and the cuts rise
 */
public record EvaluationConfig(
        List<IndicatorRule> above, List<IndicatorRule> below, double cap, List<EvaluationClass> classes) {
    public EvaluationConfig {
        above = checkedRules("above", above);
        below = checkedRules("below", below);
        if (!(cap > 0) || Double.isInfinite(cap)) {
            throw new IllegalArgumentException("cap must be positive, got " + cap);
        }
        classes = List.copyOf(classes);
        checkClasses(classes);
    }

    /** The names of the classes, best first. */
    public List<String> classNames() {
        return classes.stream().map(EvaluationClass::name).toList();
    }

    /** The built-in defaults. */
    public static EvaluationConfig defaults() {
        return EvaluationConfigReader.defaults();
    }

    /**
     * The defaults overridden by the {@code evaluation.*} keys of a properties file; other keys are ignored, so the
     * file may hold other settings too. Problems are reported as a {@link org.chainmap.domain.ChainmapException}.
     */
    public static EvaluationConfig load(Path file) {
        return EvaluationConfigReader.load(file);
    }

    /** The rules of one group. */
    public List<IndicatorRule> rules(Scale scale) {
        return scale == Scale.ABOVE ? above : below;
    }

    private static List<IndicatorRule> checkedRules(String group, List<IndicatorRule> rules) {
        if (rules == null || rules.isEmpty()) {
            throw new IllegalArgumentException(group + ": at least one indicator is needed");
        }
        Set<Indicator> seen = new HashSet<>();
        for (IndicatorRule r : rules) {
            if (!seen.add(r.indicator())) {
                throw new IllegalArgumentException(
                        group + ": indicator " + r.indicator().id() + " is listed twice");
            }
        }
        return List.copyOf(rules);
    }

    private static void checkClasses(List<EvaluationClass> classes) {
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("at least one class is needed");
        }
        Set<String> names = new HashSet<>();
        double previous = 0;
        for (int i = 0; i < classes.size(); i++) {
            EvaluationClass c = classes.get(i);
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("class " + c.name() + " is listed twice");
            }
            boolean last = i == classes.size() - 1;
            if (last != (c.cut() == null)) {
                throw new IllegalArgumentException("class " + c.name()
                        + (last ? ": the last class takes the rest and has no cut" : ": needs a cut"));
            }
            if (!last) {
                if (c.cut() <= previous) {
                    throw new IllegalArgumentException("class " + c.name() + ": cuts must rise, best class first");
                }
                previous = c.cut();
            }
        }
    }
}
