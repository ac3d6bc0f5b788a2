package org.chainmap.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code of the national industry classification (国民经济行业分类, GB/T 4754-2017) as registry exports write it:
 * {@code C3841}, {@code 3841}, {@code C3841 锂离子电池制造}, {@code 锂离子电池制造(3841)} or with a full-width
 * bracket all read as {@code 3841}. The section letter (A–T) is dropped; what remains is the 2- to 4-digit code of a
 * division (大类), group (中类) or class (小类).
 */
public final class IndustryCode {
    /** Digits not preceded or followed by another digit, after an optional section letter. */
    private static final Pattern CODE = Pattern.compile("(?<![0-9A-Za-z])[A-Ta-t]?(\\d{2,4})(?![0-9])");

    private IndustryCode() {}

    /** The code's digits, or empty when the text holds no code in a known form (or more than one). */
    public static Optional<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(text.strip());
        String found = null;
        while (m.find()) {
            if (found != null && !found.equals(m.group(1))) {
                return Optional.empty();
            }
            found = m.group(1);
        }
        return Optional.ofNullable(found);
    }
}
