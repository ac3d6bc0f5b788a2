package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.chainmap.analysis.gaps.GapRules;
import org.chainmap.analysis.referrals.ReferralLimits;
import org.chainmap.analysis.resilience.ResilienceLimits;
import org.chainmap.analysis.targets.TargetWeights;
import org.chainmap.domain.ChainmapException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisConfigTest {
    @TempDir
    Path dir;

    @Test
    void shouldDefaultToTheSpecsWeightsAndThresholds() {
        assertThat(AnalysisConfig.defaults())
                .isEqualTo(new AnalysisConfig(
                        new GapRules(1.5, 0.5, 0.3),
                        new TargetWeights(0.4, 0.2, 0.3, 0.1, 0.05, 0.7, 0.25, 0.5, 0.5, 0.25, 0.25, null),
                        new ReferralLimits(3, 3),
                        new ResilienceLimits(10)));
    }

    @Test
    void shouldOverrideDefaultsFromTheGivenFile() throws IOException {
        Path file = Files.writeString(dir.resolve("my.properties"), "targets.weight.park=0.25\n");
        assertThat(AnalysisConfig.load(file, Map.of()).targets().weightPark()).isEqualTo(0.25);
        assertThat(AnalysisConfig.load(file, Map.of()).targets().weightGap()).isEqualTo(0.4);
    }

    @Test
    void shouldReadTheFileNamedByTheEnvironmentWhenNoneIsGiven() throws IOException {
        Path file = Files.writeString(dir.resolve("env.properties"), "resilience.betweenness-top=5\n");
        assertThat(AnalysisConfig.load(null, Map.of(AnalysisConfig.ENV, file.toString()))
                        .resilience()
                        .betweennessTop())
                .isEqualTo(5);
    }

    @Test
    void shouldRejectUnknownSettingsSoThatTyposShow() throws IOException {
        Path file = Files.writeString(dir.resolve("typo.properties"), "targets.weight.gapp=0.5\n");
        assertThatThrownBy(() -> AnalysisConfig.load(file, Map.of()))
                .isInstanceOf(ChainmapException.class)
                .hasMessageContaining("targets.weight.gapp");
    }

    @Test
    void shouldRejectValuesOutOfRange() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.properties"), "gaps.build-covered-share=1.5\n");
        assertThatThrownBy(() -> AnalysisConfig.load(file, Map.of()))
                .isInstanceOf(ChainmapException.class)
                .hasMessageContaining("between 0 and 1");
        Path nan = Files.writeString(dir.resolve("nan.properties"), "targets.weight.gap=lots\n");
        assertThatThrownBy(() -> AnalysisConfig.load(nan, Map.of())).hasMessageContaining("not a number");
    }
}
