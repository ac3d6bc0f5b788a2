package org.chainmap.export;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How cells are shown in exports: rounding for display, and text that cannot run as a spreadsheet formula. */
public final class Cells {
    private Cells() {}

    /**
     * Text as it is, except that text starting with {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF gets a
     * leading {@code '}, so Excel or WPS never evaluates a cell as a formula (CSV injection).
     */
    public static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n' -> "'" + text;
            default -> text;
        };
    }

    /** A cell as display text: decimals rounded half-up to {@code decimals} places without trailing zeros. */
    public static String display(Object cell, int decimals) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            double d = ((Number) cell).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "";
            }
            BigDecimal rounded = BigDecimal.valueOf(d)
                    .setScale(decimals, RoundingMode.HALF_UP)
                    .stripTrailingZeros();
            return rounded.signum() == 0 ? "0" : rounded.toPlainString();
        }
        return cell.toString();
    }
}
