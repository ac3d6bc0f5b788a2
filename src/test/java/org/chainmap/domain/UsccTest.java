package org.chainmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {
    @Nested
    class Valid {
        @ParameterizedTest
        @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "9144030071526726XG"})
        void shouldAcceptPublishedCodes(String code) {
            assertThat(Uscc.problem(code)).isEmpty();
            assertThat(new Uscc(code).value()).isEqualTo(code);
        }

        @Test
        void shouldReadTheDivisionCodeFromCharactersThreeToEight() {
            assertThat(new Uscc("91350100M000100Y43").division()).isEqualTo("350100");
        }

        @Test
        void shouldComputeTheCheckCharacterSoThatTheCodeValidates() {
            String first17 = "91370215MA0000001";
            String code = first17 + Uscc.checkCharacter(first17);
            assertThat(Uscc.problem(code)).isEmpty();
        }
    }

    @Nested
    class Invalid {
        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                quoteCharacter = '"',
                value = {
                    "91350100M000100Y4| 18 characters",
                    "91350100M000100Y430| 18 characters",
                    "91350100M000100Y44| check character '4', expected '3'",
                    "91350100M000I00Y43| 'I' at position 13",
                    "91350100M000O00Y43| 'O' at position 13",
                    "9135010OM000100Y43| 'O' at position 8",
                    "91350100m000100y43| 'm' at position 9",
                    "91ABCDEFM000100Y43| 6-digit division code",
                    "91350100Ｍ000100Y43| 'Ｍ' at position 9",
                    "9135010０M000100Y43| '０' at position 8",
                })
        void shouldExplainWhatIsWrong(String code, String reason) {
            assertThat(Uscc.problem(code))
                    .get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .contains(reason);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "91350100M000100Y4| LENGTH| {length=17}",
                    "91350100M000I00Y43| CHARACTER| {character=I, position=13}",
                    "91ABCDEFM000100Y43| DIVISION| {}",
                    "91350100M000100Y44| CHECK| {character=4, expected=3}",
                })
        void shouldGiveTheFaultWithTheFactsItNamesBesideTheWords(String code, Uscc.Fault fault, String facts) {
            Uscc.Defect defect = Uscc.defect(code).orElseThrow();
            assertThat(defect.fault()).isEqualTo(fault);
            assertThat(defect.facts()).hasToString(facts);
            assertThat(defect.words()).isEqualTo(Uscc.problem(code).orElseThrow());
        }

        @Test
        void shouldRefuseToBuildAnInvalidCode() {
            assertThatThrownBy(() -> new Uscc("91350100M000100Y44")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
