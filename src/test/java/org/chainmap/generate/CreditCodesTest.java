package org.chainmap.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.chainmap.domain.Uscc;
import org.junit.jupiter.api.Test;

class CreditCodesTest {
    @Test
    void shouldUseMultipliersPrimeTo31SoTheScramblingIsABijection() {
        assertThat(CreditCodes.MULTIPLIER % 31).isNotZero();
        assertThat(CreditCodes.SECOND_MULTIPLIER % 31).isNotZero();
        assertThat(Math.multiplyHigh(CreditCodes.SPACE - 1, CreditCodes.SECOND_MULTIPLIER))
                .isZero();
        assertThat((CreditCodes.SPACE - 1) * CreditCodes.SECOND_MULTIPLIER + CreditCodes.SPACE)
                .isPositive();
    }

    @Test
    void shouldReverseTheNineBase31DigitsBothWays() {
        long x = 12_345_678_901_234L;

        assertThat(CreditCodes.reverseDigits(CreditCodes.reverseDigits(x))).isEqualTo(x);
        assertThat(CreditCodes.reverseDigits(1)).isEqualTo(CreditCodes.SPACE / 31);
    }

    @Test
    void shouldGiveDistinctIndexesDistinctOrganisationParts() {
        Set<Long> parts = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            parts.add(CreditCodes.organisationPart(i, 987_654_321L, 123_456_789L));
        }
        assertThat(parts).hasSize(200_000);
        assertThat(CreditCodes.organisationPart(Integer.MAX_VALUE, CreditCodes.SPACE - 1, CreditCodes.SPACE - 1))
                .isBetween(0L, CreditCodes.SPACE - 1);
    }

    @Test
    void shouldWriteChecksumValidCodesCarryingTheDivision() {
        var codes = new CreditCodes(42, 5_000, i -> i % 2 == 0 ? "370215" : "440305");
        BitSet seen = new BitSet();
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.code(i);
            assertThat(Uscc.problem(code)).as(code).isEmpty();
            assertThat(new Uscc(code).division()).isEqualTo(i % 2 == 0 ? "370215" : "440305");
            distinct.add(code.substring(8, 17));
            seen.set(Uscc.ALPHABET.indexOf(code.charAt(8)));
        }
        assertThat(distinct).hasSize(5_000);
        assertThat(seen.cardinality()).as("first organisation characters used").isGreaterThan(25);
    }

    @Test
    void shouldGiveAnotherSeedOtherCodes() {
        var a = new CreditCodes(42, 10, i -> "370215");
        var b = new CreditCodes(43, 10, i -> "370215");

        assertThat(a.code(0)).isNotEqualTo(b.code(0));
    }
}
