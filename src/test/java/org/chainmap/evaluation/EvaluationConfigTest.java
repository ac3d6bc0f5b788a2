package org.chainmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainmap.domain.ChainmapException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationConfigTest {
    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        return Files.writeString(dir.resolve("evaluation.properties"), content);
    }

    @Nested
    class Defaults {
        final EvaluationConfig defaults = EvaluationConfig.defaults();

        @Test
        void shouldWeighTheAboveScaleIndicatorsAsTheSpecSays() {
            assertThat(defaults.above())
                    .extracting(r -> r.indicator().id(), IndicatorRule::weight, IndicatorRule::benchmark)
                    .containsExactly(
                            tuple("taxPerMu", 30.0, null),
                            tuple("valueAddedPerMu", 20.0, null),
                            tuple("valueAddedPerTce", 20.0, null),
                            tuple("valueAddedPerEmissions", 10.0, null),
                            tuple("labourProductivity", 10.0, null),
                            tuple("rndShare", 10.0, null));
        }

        @Test
        void shouldWeighTheBelowScaleIndicatorsAsTheSpecSays() {
            assertThat(defaults.below())
                    .extracting(r -> r.indicator().id(), IndicatorRule::weight)
                    .containsExactly(tuple("taxPerMu", 50.0), tuple("taxPerKwh", 50.0));
        }

        @Test
        void shouldCapAtTwoAndClassAtTheSpecsCuts() {
            assertThat(defaults.cap()).isEqualTo(2);
            assertThat(defaults.classes())
                    .containsExactly(
                            new EvaluationClass("A", 0.25, 1.0),
                            new EvaluationClass("B", 0.70, 1.0),
                            new EvaluationClass("C", 0.95, 0.8),
                            new EvaluationClass("D", null, 0.0));
        }
    }

    @Nested
    class Overrides {
        @Test
        void shouldOverrideOnlyTheKeysGiven() throws IOException {
            EvaluationConfig c = EvaluationConfig.load(file("""
                    # stricter classes and a fixed benchmark for tax per mu of small enterprises
                    evaluation.class.A.cut = 0.2
                    evaluation.below.benchmark.taxPerMu = 15
                    other.module.setting = left alone
                    """));
            assertThat(c.classes().getFirst()).isEqualTo(new EvaluationClass("A", 0.2, 1.0));
            assertThat(c.below().getFirst().benchmark()).isEqualTo(15.0);
            assertThat(c.above()).isEqualTo(EvaluationConfig.defaults().above());
        }

        @Test
        void shouldAcceptOtherClassesAndIndicators() throws IOException {
            EvaluationConfig c = EvaluationConfig.load(file("""
                    evaluation.classes = 优, 良, 差
                    evaluation.class.优.cut = 0.3
                    evaluation.class.优.fundRatio = 1
                    evaluation.class.良.cut = 0.8
                    evaluation.class.良.fundRatio = 0.5
                    evaluation.class.差.fundRatio = 0
                    evaluation.below.indicators = taxPerKwh
                    """));
            assertThat(c.classes()).extracting(EvaluationClass::name).containsExactly("优", "良", "差");
            assertThat(c.below()).extracting(IndicatorRule::indicator).containsExactly(Indicator.TAX_PER_KWH);
        }

        @Test
        void shouldRejectAMisspeltKey() throws IOException {
            Path f = file("evaluation.above.wieght.taxPerMu = 40\n");
            assertThatThrownBy(() -> EvaluationConfig.load(f))
                    .isInstanceOf(ChainmapException.class)
                    .hasMessageContaining("evaluation.above.wieght.taxPerMu");
        }

        @Test
        void shouldRejectAnUnknownIndicator() throws IOException {
            Path f = file("evaluation.below.indicators = taxPerMu, profitPerMu\n");
            assertThatThrownBy(() -> EvaluationConfig.load(f))
                    .isInstanceOf(ChainmapException.class)
                    .hasMessageContaining("unknown indicator 'profitPerMu'");
        }

        @Test
        void shouldRejectCutsThatDoNotRise() throws IOException {
            Path f = file("evaluation.class.B.cut = 0.2\n");
            assertThatThrownBy(() -> EvaluationConfig.load(f))
                    .isInstanceOf(ChainmapException.class)
                    .hasMessageContaining("cuts must rise");
        }

        @Test
        void shouldRejectAListedIndicatorWithoutAWeight() throws IOException {
            Path f = file("evaluation.below.indicators = taxPerMu, rndShare\n");
            assertThatThrownBy(() -> EvaluationConfig.load(f))
                    .isInstanceOf(ChainmapException.class)
                    .hasMessageContaining("evaluation.below.weight.rndShare: missing");
        }
    }
}
