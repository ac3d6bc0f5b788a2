package org.chainmap.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.chainmap.analysis.AnalysisConfig;
import picocli.CommandLine.Option;

/** {@code --config}: a file overriding the analysis settings of {@code chainmap-defaults.properties}. */
final class AnalysisOptions {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "analysis weights and thresholds overriding the defaults (or CHAINMAP_CONFIG)")
    Path config;

    AnalysisConfig config() {
        return AnalysisConfig.load(config, System.getenv());
    }

    /** Credit codes are upper case; users may type them in lower case. */
    static String code(String uscc) {
        return uscc == null ? null : uscc.strip().toUpperCase(Locale.ROOT);
    }
}
