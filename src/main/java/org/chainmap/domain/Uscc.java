package org.chainmap.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters of the alphabet
 * {@code 0-9 A-H J-N P-R T U W-Y} (no I, O, S, V, Z), the last one a check character over the first 17. Characters
 * 3–8 carry the registering authority's 6-digit administrative division code.
 */
public record Uscc(String value) {
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** Each ASCII character's value in the alphabet, -1 for characters outside it: checked once per character. */
    private static final byte[] VALUES = new byte[128];

    static {
        Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    public Uscc {
        Optional<String> problem = problem(value);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /** Why {@code code} is not a valid credit code, or empty when it is. Lower-case letters are not accepted. */
    public static Optional<String> problem(String code) {
        return defect(code).map(Defect::words);
    }

    /** What makes a credit code invalid. */
    public enum Fault {
        /** Not 18 characters. */
        LENGTH,
        /** A character outside the code alphabet. */
        CHARACTER,
        /** Positions 3–8 are not a 6-digit division code. */
        DIVISION,
        /** The last character is not the check character of the first 17. */
        CHECK
    }

    /**
     * Why a credit code is invalid, as facts: its fault and the values that fault names ({@code length};
     * {@code character} and {@code position}; nothing; {@code character} and {@code expected}), and in English words.
     */
    public record Defect(Fault fault, Map<String, Object> facts, String words) {
        public Defect {
            facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        }
    }

    /** What is wrong with {@code code}, or empty when it is a valid credit code. */
    public static Optional<Defect> defect(String code) {
        if (code == null || code.length() != 18) {
            int length = code == null ? 0 : code.length();
            return Optional.of(new Defect(
                    Fault.LENGTH,
                    Map.of("length", length),
                    "credit code must have 18 characters, got " + length + (code == null ? "" : " in '" + code + "'")));
        }
        for (int i = 0; i < 18; i++) {
            if (valueOf(code.charAt(i)) < 0) {
                Map<String, Object> facts = new LinkedHashMap<>();
                facts.put("character", String.valueOf(code.charAt(i)));
                facts.put("position", i + 1);
                return Optional.of(new Defect(
                        Fault.CHARACTER,
                        facts,
                        "credit code '" + code + "' has '" + code.charAt(i) + "' at position " + (i + 1)
                                + ", not in the code alphabet 0-9 A-H J-N P-R T U W-Y"));
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return Optional.of(new Defect(
                        Fault.DIVISION,
                        Map.of(),
                        "credit code '" + code + "' must carry a 6-digit division code in positions 3-8"));
            }
        }
        char expected = check(code);
        if (code.charAt(17) != expected) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("character", String.valueOf(code.charAt(17)));
            facts.put("expected", String.valueOf(expected));
            return Optional.of(new Defect(
                    Fault.CHECK,
                    facts,
                    "credit code '" + code + "' has check character '" + code.charAt(17) + "', expected '" + expected
                            + "' (GB 32100-2015)"));
        }
        return Optional.empty();
    }

    /** The GB 32100-2015 check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need 17 characters, got " + first17.length());
        }
        return check(first17);
    }

    /** The check character over the first 17 characters of {@code code}, which may be longer. */
    private static char check(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = valueOf(code.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("'" + code.charAt(i) + "' is not in the code alphabet");
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static int valueOf(char c) {
        return c < VALUES.length ? VALUES[c] : -1;
    }

    /** The 6-digit administrative division code in characters 3–8. */
    public String division() {
        return value.substring(2, 8);
    }

    @Override
    public String toString() {
        return value;
    }
}
