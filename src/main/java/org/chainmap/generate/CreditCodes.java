package org.chainmap.generate;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;
import org.chainmap.domain.Uscc;

/**
 * Credit codes (GB 32100-2015) for the enterprises of a data set, one per enterprise index, held as 18 bytes each.
 * Characters 1–2 are {@code 91} (an enterprise registered with market regulation), 3–8 the division code, 9–17 the
 * index scrambled by a bijection of [0, 31⁹) written in base 31, 18 the check character. Codes are therefore unique
 * without a set of the codes issued. The bijection multiplies by a number prime to 31 and adds an offset from the
 * seed (modulo 31⁹), reverses the base-31 digits, and multiplies and adds once more, so that neighbouring indexes
 * get unrelated codes.
 */
final class CreditCodes {
    static final long SPACE = 26_439_622_160_671L; // 31^9
    /** Prime to 31, so multiplying by it permutes the residues modulo 31^9; below 2^32 so index × it fits a long. */
    static final long MULTIPLIER = 2_654_435_761L;
    /** Prime to 31 too, and below 2^18 so that any residue times it fits a long. */
    static final long SECOND_MULTIPLIER = 185_363L;

    private final byte[] codes;

    /** @param divisionOf the 6-digit division code of the enterprise with a given index */
    CreditCodes(long seed, int enterprises, IntFunction<String> divisionOf) {
        long offset = Math.floorMod(RandomDraws.mix(seed), SPACE);
        long secondOffset = Math.floorMod(RandomDraws.mix(offset), SPACE);
        codes = new byte[Math.multiplyExact(enterprises, 18)];
        char[] first17 = new char[17];
        for (int i = 0; i < enterprises; i++) {
            fill(first17, divisionOf.apply(i), organisationPart(i, offset, secondOffset));
            String code = new String(first17) + Uscc.checkCharacter(new String(first17));
            for (int j = 0; j < 18; j++) {
                codes[i * 18 + j] = (byte) code.charAt(j);
            }
        }
    }

    /** The scrambled index: a bijection of [0, 31^9), so distinct indexes get distinct parts. */
    static long organisationPart(int index, long offset, long secondOffset) {
        long x = Math.floorMod(index * MULTIPLIER + offset, SPACE);
        return Math.floorMod(reverseDigits(x) * SECOND_MULTIPLIER + secondOffset, SPACE);
    }

    /** The nine base-31 digits of {@code x} in reverse order. */
    static long reverseDigits(long x) {
        long reversed = 0;
        for (int k = 0; k < 9; k++) {
            reversed = reversed * 31 + x % 31;
            x /= 31;
        }
        return reversed;
    }

    static void fill(char[] first17, String division, long organisation) {
        first17[0] = '9';
        first17[1] = '1';
        division.getChars(0, 6, first17, 2);
        long rest = organisation;
        for (int j = 16; j >= 8; j--) {
            first17[j] = Uscc.ALPHABET.charAt((int) (rest % 31));
            rest /= 31;
        }
    }

    String code(int index) {
        return new String(codes, index * 18, 18, StandardCharsets.ISO_8859_1);
    }

    int size() {
        return codes.length / 18;
    }
}
