package org.chainmap.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A code of the national industry classification (国民经济行业分类, GB/T 4754-2017) as registry exports write it:
 * {@code C3841}, {@code 3841}, {@code C3841 锂离子电池制造}, {@code 锂离子电池制造(3841)} or with a full-width
 * bracket all read as {@code 3841}. The section letter (A–T) is dropped; what remains is the 2- to 4-digit code of a
 * division (大类), group (中类) or class (小类). A path from division to class, as some exports write the whole
 * classification ({@code C38 电气机械和器材制造业 > C384 电池制造 > C3841 锂离子电池制造}), reads as its last and
 * most detailed code; two codes that are not one within the other read as none.
 */
public final class IndustryCode {
    /** Digits not preceded or followed by another digit, after an optional section letter. */
    private static final Pattern CODE = Pattern.compile("(?<![0-9A-Za-z])[A-Ta-t]?(\\d{2,4})(?![0-9])");

    private IndustryCode() {}

    /**
     * The code's digits, or empty when the text holds no code in a known form (or two codes, neither of which is
     * within the other).
     */
    public static Optional<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(text.strip());
        String found = null;
        while (m.find()) {
            String code = m.group(1);
            if (found == null || code.startsWith(found)) {
                found = code;
            } else if (!found.startsWith(code)) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(found);
    }
}
