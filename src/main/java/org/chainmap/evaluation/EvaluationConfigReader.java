package org.chainmap.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.chainmap.domain.ChainmapException;

/** Reads {@link EvaluationConfig} from the {@code evaluation.*} keys of properties files (UTF-8). */
final class EvaluationConfigReader {
    static final String DEFAULTS = "evaluation-defaults.properties";
    private static final String PREFIX = "evaluation.";

    private final Properties props;
    private final String source;
    private final Set<String> used = new HashSet<>();

    private EvaluationConfigReader(Properties props, String source) {
        this.props = props;
        this.source = source;
    }

    static EvaluationConfig defaults() {
        Properties defaults = defaultProperties();
        return new EvaluationConfigReader(defaults, DEFAULTS).read(defaults.stringPropertyNames());
    }

    static EvaluationConfig load(Path file) {
        Properties merged = defaultProperties();
        Properties overrides = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            overrides.load(in);
        } catch (IOException e) {
            throw new ChainmapException("cannot read evaluation configuration " + file + ": " + e.getMessage(), e);
        }
        Set<String> overridden = new HashSet<>();
        for (String key : overrides.stringPropertyNames()) {
            if (key.startsWith(PREFIX)) {
                merged.setProperty(key, overrides.getProperty(key));
                overridden.add(key);
            }
        }
        return new EvaluationConfigReader(merged, file.toString()).read(overridden);
    }

    private static Properties defaultProperties() {
        Properties p = new Properties();
        try (InputStream in = EvaluationConfigReader.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS, e);
        }
    }

    /** Reads the configuration, then rejects any of {@code keysToCheck} that it does not know. */
    private EvaluationConfig read(Set<String> keysToCheck) {
        try {
            var config = new EvaluationConfig(rules("above"), rules("below"), number("cap"), classes());
            for (String key : keysToCheck) {
                if (!used.contains(key)) {
                    throw problem(key, "unknown key, or a setting of an indicator or class that is not listed");
                }
            }
            return config;
        } catch (IllegalArgumentException e) {
            throw new ChainmapException(source + ": " + e.getMessage(), e);
        }
    }

    private List<IndicatorRule> rules(String group) {
        List<IndicatorRule> rules = new ArrayList<>();
        for (String id : list(group + ".indicators")) {
            Indicator indicator;
            try {
                indicator = Indicator.byId(id);
            } catch (IllegalArgumentException e) {
                throw problem(group + ".indicators", e.getMessage());
            }
            double weight = number(group + ".weight." + id);
            String benchmark = optional(group + ".benchmark." + id);
            rules.add(new IndicatorRule(
                    indicator,
                    weight,
                    benchmark == null || benchmark.equals("mean")
                            ? null
                            : parse(group + ".benchmark." + id, benchmark)));
        }
        return rules;
    }

    private List<EvaluationClass> classes() {
        List<String> names = list("classes");
        List<EvaluationClass> classes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean last = i == names.size() - 1;
            Double cut = last ? null : number("class." + name + ".cut");
            classes.add(new EvaluationClass(name, cut, number("class." + name + ".fundRatio")));
        }
        return classes;
    }

    private List<String> list(String key) {
        String v = optional(key);
        if (v == null) {
            throw problem(key, "missing");
        }
        return Arrays.stream(v.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private double number(String key) {
        String v = optional(key);
        if (v == null) {
            throw problem(key, "missing");
        }
        return parse(key, v);
    }

    private double parse(String key, String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw problem(key, "not a number: '" + v + "'");
        }
    }

    private String optional(String key) {
        used.add(PREFIX + key);
        String v = props.getProperty(PREFIX + key);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private IllegalArgumentException problem(String key, String reason) {
        return new IllegalArgumentException((key.startsWith(PREFIX) ? key : PREFIX + key) + ": " + reason);
    }
}
