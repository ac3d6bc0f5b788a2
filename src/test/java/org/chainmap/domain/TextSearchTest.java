package org.chainmap.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSearchTest {
    private static final String NAME = "青岛即墨信乾正极材料科技有限公司";
    private static final String CODE = "91370215MA3C0001XQ";

    @Test
    void shouldFindAPartOfTheNameOrOfTheCreditCode() {
        assertThat(TextSearch.matches("正极材料", NAME, CODE)).isTrue();
        assertThat(TextSearch.matches("0215MA3C", NAME, CODE)).isTrue();
        assertThat(TextSearch.matches("负极", NAME, CODE)).isFalse();
        assertThat(TextSearch.matches("0215MA3D", NAME, CODE)).isFalse();
    }

    @Test
    void shouldMatchLatinLettersInEitherCase() {
        assertThat(TextSearch.matches("ma3c0001xq", NAME, CODE)).isTrue();
        assertThat(TextSearch.matches("byd", "BYD Auto Co., Ltd.", null)).isTrue();
        assertThat(TextSearch.matches("AUTO", "BYD Auto Co., Ltd.", null)).isTrue();
    }

    @Test
    void shouldStripTheTextAndMatchEverythingWhenItIsBlank() {
        assertThat(TextSearch.matches("  正极 ", NAME, CODE)).isTrue();
        assertThat(TextSearch.matches(null, NAME, CODE)).isTrue();
        assertThat(TextSearch.matches(" ", NAME, CODE)).isTrue();
    }

    @Test
    void shouldLeaveCharactersOtherThanLatinCapitalsAsTheyAre() {
        assertThat(TextSearch.latinLowerCase("ÄBC１Ｘ")).isEqualTo("Äbc１Ｘ");
        assertThat(TextSearch.matches("ä", "Äpfel", null)).isFalse();
    }
}
