package org.chainmap.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndustryCodeTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "C3841|3841",
                "3841|3841",
                "c3841|3841",
                "C3841 锂离子电池制造|3841",
                "锂离子电池制造(3841)|3841",
                "锂离子电池制造（3841）|3841",
                " C 3841 |3841",
                "384|384",
                "C38 电气机械和器材制造业|38",
                "I6513 应用软件开发|6513",
                "C38 电气机械和器材制造业 > C384 电池制造 > C3841 锂离子电池制造|3841",
                "制造业-电气机械和器材制造业(38)-电池制造(384)|384"
            })
    void shouldReadEveryCommonWrittenForm(String text, String code) {
        assertThat(IndustryCode.parse(text)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "锂离子电池制造", "C", "38415", "3", "3841 / 3842", "X3841"})
    void shouldFindNoCodeInOtherTexts(String text) {
        assertThat(IndustryCode.parse(text)).isEmpty();
    }
}
