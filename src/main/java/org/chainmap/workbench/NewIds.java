package org.chainmap.workbench;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Ids the workbench gives what it creates: a letter, the day, and six random characters ({@code P20261206-3juu5n}). */
final class NewIds {
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private NewIds() {}

    static String of(String prefix, LocalDate day) {
        StringBuilder b = new StringBuilder(prefix)
                .append(day.format(DateTimeFormatter.BASIC_ISO_DATE))
                .append('-');
        for (int i = 0; i < 6; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
