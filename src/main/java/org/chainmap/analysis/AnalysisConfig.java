package org.chainmap.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeSet;
import org.chainmap.analysis.gaps.GapRules;
import org.chainmap.analysis.referrals.ReferralLimits;
import org.chainmap.analysis.resilience.ResilienceLimits;
import org.chainmap.analysis.targets.TargetWeights;
import org.chainmap.domain.ChainmapException;

/**
 * The weights and thresholds of the analyses (SPEC section 4), documented in {@code chainmap-defaults.properties}
 * on the classpath, which holds the defaults; a user file may override any of them. Each analysis takes its own
 * part; this record only composes them and reads them from a file.
 */
public record AnalysisConfig(
        GapRules gaps,
        TargetWeights targets,
        ReferralLimits referrals,
        ResilienceLimits resilience,
        boolean includeInferredLinks) {

    static final String DEFAULTS = "chainmap-defaults.properties";
    /** The environment variable naming a user file when {@code --config} is not given. */
    public static final String ENV = "CHAINMAP_CONFIG";

    public AnalysisConfig {
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(referrals, "referrals");
        Objects.requireNonNull(resilience, "resilience");
    }

    /** These settings with memberships inferred by classification counted in the analyses. */
    public AnalysisConfig(GapRules gaps, TargetWeights targets, ReferralLimits referrals, ResilienceLimits resilience) {
        this(gaps, targets, referrals, resilience, true);
    }

    /** The built-in defaults. */
    public static AnalysisConfig defaults() {
        return of(defaultProperties());
    }

    /** The defaults overridden by {@code file}, or by the file {@code CHAINMAP_CONFIG} names when it is null. */
    public static AnalysisConfig load(Path file, Map<String, String> env) {
        Path chosen =
                file != null ? file : (env.get(ENV) == null || env.get(ENV).isBlank() ? null : Path.of(env.get(ENV)));
        Properties p = defaultProperties();
        if (chosen != null) {
            Properties user = new Properties();
            try (Reader in = Files.newBufferedReader(chosen, StandardCharsets.UTF_8)) {
                user.load(in);
            } catch (IOException e) {
                throw new ChainmapException("cannot read configuration " + chosen + ": " + e.getMessage(), e);
            }
            TreeSet<String> unknown = new TreeSet<>(user.stringPropertyNames());
            unknown.removeAll(p.stringPropertyNames());
            if (!unknown.isEmpty()) {
                throw new ChainmapException(chosen + ": unknown settings " + unknown + " (see " + DEFAULTS + ")");
            }
            p.putAll(user);
        }
        try {
            return of(p);
        } catch (IllegalArgumentException e) {
            throw new ChainmapException((chosen == null ? DEFAULTS : chosen.toString()) + ": " + e.getMessage(), e);
        }
    }

    private static AnalysisConfig of(Properties p) {
        return new AnalysisConfig(
                new GapRules(
                        number(p, "gaps.key-link-factor"),
                        number(p, "gaps.strengthen-dependency"),
                        number(p, "gaps.build-covered-share")),
                new TargetWeights(
                        number(p, "targets.weight.gap"),
                        number(p, "targets.weight.strength"),
                        number(p, "targets.weight.proximity"),
                        number(p, "targets.weight.park"),
                        number(p, "targets.weight.place"),
                        number(p, "targets.strength.revenue-share"),
                        number(p, "targets.strength.per-tag"),
                        number(p, "targets.proximity.two-hop"),
                        number(p, "targets.proximity.inferred"),
                        number(p, "targets.proximity.structural"),
                        number(p, "targets.proximity.feasibility"),
                        p.getProperty("targets.place.home-city")),
                new ReferralLimits(whole(p, "referrals.referrer-paths"), whole(p, "referrals.referrer-max-hops")),
                new ResilienceLimits(whole(p, "resilience.betweenness-top")),
                flag(p, "analyses.include-inferred-links"));
    }

    private static Properties defaultProperties() {
        Properties p = new Properties();
        try (InputStream in = AnalysisConfig.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS, e);
        }
        return p;
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key).strip();
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: '" + v + "'");
        }
    }

    private static boolean flag(Properties p, String key) {
        String v = p.getProperty(key).strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + ": not true or false: '" + v + "'");
        };
    }

    private static int whole(Properties p, String key) {
        String v = p.getProperty(key).strip();
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a whole number: '" + v + "'");
        }
    }
}
