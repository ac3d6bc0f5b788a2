package org.chainmap.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Dates as the import format writes them ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}) taken as whole days:
 * a year is its first of January, a month its first day. Histories compare such days as {@code YYYY-MM-DD} text.
 */
public final class Days {
    private Days() {}

    /** The day a date of the import format stands for, as {@code YYYY-MM-DD}; null for null. */
    public static String wholeDay(String date) {
        if (date == null) {
            return null;
        }
        return switch (date.length()) {
            case 4 -> date + "-01-01";
            case 7 -> date + "-01";
            default -> date;
        };
    }

    /** The day a date of the import format stands for; null when absent or not a date. */
    public static LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(wholeDay(date.strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
