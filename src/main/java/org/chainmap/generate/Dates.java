package org.chainmap.generate;

/** Dates as the import format writes them, built without the clock or a locale. */
final class Dates {
    private Dates() {}

    static String day(int year, int month, int day) {
        return year + "-" + twoDigits(month) + "-" + twoDigits(day);
    }

    static String month(int year, int month) {
        return year + "-" + twoDigits(month);
    }

    private static String twoDigits(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
