package org.chainmap.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chainmap.domain.Labelled;
import org.chainmap.domain.Uscc;

/**
 * One data row with typed access to its cells. Every accessor returns {@code null} for an empty or absent cell
 * (unknown), and records a problem, naming file, line and column, for a value it cannot read.
 */
final class Row {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    /** A one-digit month or day, written {@code 2024-3-5}, to be padded to two digits. */
    private static final Pattern SHORT_DATE_PART = Pattern.compile("-(\\d)(?=-|$)");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;；、]\\s*");

    private final String file;
    private final Header header;
    private final RawRow raw;
    private final Problems problems;
    private final int problemsBefore;

    Row(String file, Header header, RawRow raw, Problems problems) {
        this.file = file;
        this.header = header;
        this.raw = raw;
        this.problems = problems;
        this.problemsBefore = problems.size();
        if (raw.cells().size() < header.width()) {
            problem(null, "short row: " + raw.cells().size() + " of " + header.width() + " columns");
        }
    }

    long line() {
        return raw.line();
    }

    String file() {
        return file;
    }

    /** True when no problem was found in this row so far. */
    boolean valid() {
        return problems.size() == problemsBefore;
    }

    void problem(String column, String reason) {
        problems.add(file, raw.line(), column, reason);
    }

    /** The trimmed text, or null when empty or absent. */
    String text(String column) {
        int i = header.indexOf(column);
        if (i < 0 || i >= raw.cells().size()) {
            return null;
        }
        String v = raw.cells().get(i).strip();
        return v.isEmpty() ? null : v;
    }

    String required(String column) {
        String v = text(column);
        if (v == null
                && header.indexOf(column) >= 0
                && header.indexOf(column) < raw.cells().size()) {
            problem(column, "value required");
        }
        return v;
    }

    Uscc uscc(String column, boolean required) {
        String v = required ? required(column) : text(column);
        if (v == null) {
            return null;
        }
        var problem = Uscc.problem(v.toUpperCase(Locale.ROOT));
        if (problem.isPresent()) {
            problem(column, problem.get());
            return null;
        }
        return new Uscc(v.toUpperCase(Locale.ROOT));
    }

    Double decimal(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        String plain = v.indexOf(',') < 0 ? v : v.replace(",", "");
        if (!DECIMAL.matcher(plain).matches()) {
            problem(column, "not a number: '" + v + "'");
            return null;
        }
        // the nearest double, as BigDecimal.doubleValue gives it, without the BigDecimal
        double d = Double.parseDouble(plain);
        if (Double.isInfinite(d)) {
            problem(column, "number out of range: '" + v + "'");
            return null;
        }
        return d;
    }

    /** A decimal that must be zero or more. */
    Double amount(String column) {
        Double d = decimal(column);
        if (d != null && d < 0) {
            problem(column, "must not be negative: " + text(column));
            return null;
        }
        return d;
    }

    Long integer(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v.replace(",", ""));
            return d.stripTrailingZeros().scale() <= 0 ? d.longValueExact() : fail(column, v);
        } catch (NumberFormatException | ArithmeticException e) {
            return fail(column, v);
        }
    }

    /** A whole number that must be zero or more. */
    Long count(String column) {
        Long n = integer(column);
        if (n != null && n < 0) {
            problem(column, "must not be negative: " + n);
            return null;
        }
        return n;
    }

    private Long fail(String column, String v) {
        problem(column, "not a whole number: '" + v + "'");
        return null;
    }

    Boolean bool(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "是", "1", "yes", "y", "t", "对" -> Boolean.TRUE;
            case "false", "否", "0", "no", "n", "f" -> Boolean.FALSE;
            default -> {
                problem(column, "not a boolean: '" + v + "' (expected true/false, 是/否 or 1/0)");
                yield null;
            }
        };
    }

    /** A date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; {@code /} and {@code .} are accepted as separators. */
    String date(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        String normal = v.replace('/', '-').replace('.', '-');
        if (DATE.matcher(normal).matches()) {
            return normal;
        }
        String padded = SHORT_DATE_PART.matcher(normal).replaceAll("-0$1");
        if (DATE.matcher(padded).matches()) {
            return padded;
        }
        problem(column, "not a date: '" + v + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        return null;
    }

    <E extends Enum<E> & Labelled> E enumValue(String column, Class<E> type, boolean required) {
        String v = required ? required(column) : text(column);
        return v == null
                ? null
                : Enums.parse(type, v).orElseGet(() -> {
                    problem(column, "unknown value '" + v + "' (expected one of " + Enums.describe(type) + ")");
                    return null;
                });
    }

    <E extends Enum<E> & Labelled> List<E> enumList(String column, Class<E> type) {
        List<String> items = list(column);
        EnumSet<E> values = EnumSet.noneOf(type);
        for (String item : items) {
            Enums.parse(type, item)
                    .ifPresentOrElse(
                            values::add,
                            () -> problem(
                                    column,
                                    "unknown value '" + item + "' (expected one of " + Enums.describe(type) + ")"));
        }
        return new ArrayList<>(values);
    }

    /** The {@code ;}-separated items of a cell (also {@code ；} and {@code 、}). */
    List<String> list(String column) {
        String v = text(column);
        if (v == null) {
            return List.of();
        }
        return LIST_SEPARATOR.splitAsStream(v).filter(s -> !s.isBlank()).toList();
    }
}
