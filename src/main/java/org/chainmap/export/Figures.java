package org.chainmap.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as the evidence states them, as {@code String.format(Locale.ROOT, "%,.0f")} and {@code "%.3f"} would write
 * them but without a {@link java.util.Formatter} per call: facts are written for every row of every page.
 */
final class Figures {
    private Figures() {}

    /** Rounded half up to a whole number, thousands grouped with commas: {@code 1,234,568}. */
    static String grouped(double value) {
        String digits =
                BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).toPlainString();
        int sign = digits.startsWith("-") ? 1 : 0;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        out.append(digits, 0, sign);
        for (int i = sign; i < digits.length(); i++) {
            if (i > sign && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** Rounded half up to three decimals: {@code 0.125}. */
    static String threeDecimals(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }
}
