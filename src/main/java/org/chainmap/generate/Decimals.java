package org.chainmap.generate;

/** Plain decimal text for CSV cells, independent of the locale and cheaper than {@code String.format}. */
final class Decimals {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000};

    private Decimals() {}

    /** {@code value} rounded to {@code digits} (0–4) decimals, with trailing zeros dropped; empty for NaN. */
    static String of(double value, int digits) {
        if (Double.isNaN(value)) {
            return "";
        }
        long scaled = Math.round(value * POWERS[digits]);
        long whole = scaled / POWERS[digits];
        long fraction = Math.abs(scaled % POWERS[digits]);
        String sign = scaled < 0 && whole == 0 ? "-" : "";
        if (fraction == 0) {
            return sign + whole;
        }
        StringBuilder sb = new StringBuilder(24).append(sign).append(whole).append('.');
        String f = Long.toString(fraction);
        for (int i = f.length(); i < digits; i++) {
            sb.append('0');
        }
        int end = f.length();
        while (f.charAt(end - 1) == '0') {
            end--;
        }
        return sb.append(f, 0, end).toString();
    }
}
