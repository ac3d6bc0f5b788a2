package org.chainmap.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Confidence worked by hand, part by part (SPEC section 14). */
class ClassifierTest {
    private static final LinkRule CELL =
            new LinkRule("nev.cell", Set.of("3841"), List.of("锂电池", "电芯", "储能"), List.of("回收"));
    private static final LinkRule MATERIAL =
            new LinkRule("nev.material", Set.of("384"), List.of("正极材料", "锂电"), List.of());
    private static final LinkRule ELECTRIC = new LinkRule("nev.electric", Set.of("38"), List.of("BMS"), List.of());

    private static Classifier classifier(LinkRule... rules) {
        return new Classifier(List.of(rules), Classifier.DEFAULT_THRESHOLD);
    }

    private static Subject subject(String code, List<String> products, String scope) {
        return new Subject("91370215MA0000001W", "某某新能源科技有限公司", code, products, scope);
    }

    private static double confidence(Classifier c, Subject s, String link) {
        return c.score(s).stream()
                .filter(a -> a.linkId().equals(link))
                .mapToDouble(Assignment::confidence)
                .findFirst()
                .orElse(0);
    }

    @Nested
    class CodePart {
        @Test
        void shouldGiveHalfForTheListedCodeAndLessForEachShorterListedPrefix() {
            Classifier c = classifier(CELL, MATERIAL, ELECTRIC);
            Subject s = subject("3841", List.of(), null);
            assertThat(confidence(c, s, "nev.cell")).isEqualTo(0.5);
            assertThat(confidence(c, s, "nev.material")).isEqualTo(0.35);
            assertThat(confidence(c, s, "nev.electric")).isEqualTo(0.2);
            Basis basis = c.score(s).getFirst().evidence();
            assertThat(basis.code()).isEqualTo("3841");
            assertThat(basis.listedCode()).isEqualTo("3841");
        }

        @Test
        void shouldMatchAShorterEnterpriseCodeOnlyByItsPrefixes() {
            Classifier c = classifier(CELL, MATERIAL);
            assertThat(confidence(c, subject("384", List.of(), null), "nev.cell"))
                    .isZero();
            assertThat(confidence(c, subject("384", List.of(), null), "nev.material"))
                    .isEqualTo(0.35);
        }
    }

    @Nested
    class ProductAndScope {
        @Test
        void shouldGiveHalfForAProductContainingAKeywordOnceHoweverManyMatch() {
            Classifier c = classifier(CELL);
            Subject s = subject(null, List.of("动力锂电池", "储能电芯"), null);
            assertThat(confidence(c, s, "nev.cell")).isEqualTo(0.5);
            Basis basis = c.score(s).getFirst().evidence();
            assertThat(basis.product()).isEqualTo("动力锂电池");
            assertThat(basis.productKeyword()).isEqualTo("锂电池");
        }

        @Test
        void shouldGiveFifteenHundredthsPerDistinctScopeKeywordUpToThreeTenths() {
            Classifier c = classifier(CELL);
            assertThat(confidence(c, subject(null, List.of(), "电芯制造；电芯销售"), "nev.cell"))
                    .isCloseTo(0.15, within(1e-12));
            assertThat(confidence(c, subject(null, List.of(), "锂电池、电芯、储能系统"), "nev.cell"))
                    .isCloseTo(0.3, within(1e-12));
        }

        @Test
        void shouldCountOverlappingKeywordsEachAndCompareLatinLettersWithoutCase() {
            // 锂电 and 锂电池 overlap in "锂电池": both are found
            Classifier c = classifier(CELL, MATERIAL, ELECTRIC);
            Subject s = subject(null, List.of(), "锂电池管理系统（bms）研发");
            assertThat(confidence(c, s, "nev.cell")).isCloseTo(0.15, within(1e-12));
            assertThat(confidence(c, s, "nev.material")).isCloseTo(0.15, within(1e-12));
            assertThat(confidence(c, s, "nev.electric")).isCloseTo(0.15, within(1e-12));
        }

        @Test
        void shouldCapTheSumAtOne() {
            Classifier c = classifier(CELL);
            Subject s = subject("3841", List.of("锂电池"), "电芯、储能");
            // 0.5 + 0.5 + 0.3
            assertThat(confidence(c, s, "nev.cell")).isEqualTo(1.0);
            assertThat(c.score(s).getFirst().evidence().scopeKeywords()).containsExactly("电芯", "储能");
        }
    }

    @Nested
    class Exclusions {
        @Test
        void shouldRuleOutALinkWhoseExcludeKeywordIsInTheNameOrAProduct() {
            Classifier c = classifier(CELL);
            assertThat(confidence(c, subject("3841", List.of("废旧锂电池回收"), null), "nev.cell"))
                    .isZero();
            Subject named = new Subject("91370215MA0000001W", "青岛电池回收有限公司", "3841", List.of(), null);
            assertThat(c.score(named)).isEmpty();
        }

        @Test
        void shouldNotRuleOutALinkForAnExcludeKeywordInTheScope() {
            Classifier c = classifier(CELL);
            assertThat(confidence(c, subject("3841", List.of(), "电池回收"), "nev.cell"))
                    .isEqualTo(0.5);
        }
    }

    @Nested
    class Choice {
        @Test
        void shouldKeepTheBestThreeAtOrAboveTheThresholdTiesByLinkId() {
            List<LinkRule> rules = List.of(
                    new LinkRule("x.d", Set.of("3841"), List.of(), List.of()),
                    new LinkRule("x.c", Set.of("3841"), List.of(), List.of()),
                    new LinkRule("x.b", Set.of("3841"), List.of("电芯"), List.of()),
                    new LinkRule("x.a", Set.of("3841"), List.of(), List.of()),
                    new LinkRule("x.e", Set.of("384"), List.of(), List.of()));
            Classifier c = new Classifier(rules, 0.5);
            List<Assignment> kept = c.assign(subject("3841", List.of("电芯"), null));
            // x.b 1.0, then x.a, x.c, x.d at 0.5 (x.d fourth: left out); x.e 0.35 under the threshold
            assertThat(kept).extracting(Assignment::linkId).containsExactly("x.b", "x.a", "x.c");
            assertThat(kept).extracting(Assignment::confidence).containsExactly(1.0, 0.5, 0.5);
        }

        @Test
        void shouldAssignNothingUnderTheThreshold() {
            Classifier c = new Classifier(List.of(ELECTRIC), 0.5);
            assertThat(c.assign(subject("3899", List.of(), null))).isEmpty();
            assertThat(new Classifier(List.of(ELECTRIC), 0.2).assign(subject("3899", List.of(), null)))
                    .extracting(Assignment::linkId)
                    .containsExactly("nev.electric");
        }
    }
}
