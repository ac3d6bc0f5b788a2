package org.chainmap.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainmap.domain.IndustryCode;
import org.chainmap.domain.Labelled;
import org.chainmap.domain.Uscc;

/**
 * One data row with typed access to its cells. Every accessor returns {@code null} for an empty or absent cell
 * (unknown), and records a problem, naming file, line and column, for a value it cannot read. The cells of registry
 * exports that classification reads (industry code, business scope, products) are never a problem: what cannot be
 * read in them is a warning, and the cell is unknown.
 */
final class Row {
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    /** A one-digit month or day, written {@code 2024-3-5}, to be padded to two digits. */
    private static final Pattern SHORT_DATE_PART = Pattern.compile("-(\\d)(?=-|$)");

    /** A date as registry exports write it in Chinese: 2010年1月2日, 2010年1月 or 2010年. */
    private static final Pattern CHINESE_DATE =
            Pattern.compile("(\\d{4})\\s*年(?:\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?)?");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;；、]\\s*");
    /** What separates the items of a products cell: 、，,;；|｜ and line breaks. */
    private static final Pattern PRODUCT_SEPARATOR = Pattern.compile("[、，,;；|｜\\r\\n]+");
    /** What in a product item looks like a separator chainmap does not split on: a slash, a tab or a run of spaces. */
    private static final Pattern ODD_SEPARATOR = Pattern.compile("[/／\\\\\\t]|\\s{2,}");
    /** The items of a {@code |}-separated cell (the rules of links). */
    private static final Pattern PIPE = Pattern.compile("[|｜]");
    /** The sentences every business scope carries that say nothing of the business itself. */
    private static final Pattern SCOPE_BOILERPLATE =
            Pattern.compile("除?依法须经批准的项目[^)）。；;]*|凭营业执照依法自主开展经营活动|一般项目|许可项目|经营范围");

    private final String file;
    private final Header header;
    private final RawRow raw;
    private final Problems problems;
    private final int problemsBefore;
    private final Warnings warnings;

    Row(String file, Header header, RawRow raw, Problems problems) {
        this(file, header, raw, problems, new Warnings());
    }

    /** A row whose warnings go to {@code warnings}. */
    Row(String file, Header header, RawRow raw, Problems problems, Warnings warnings) {
        this.file = file;
        this.header = header;
        this.raw = raw;
        this.problems = problems;
        this.problemsBefore = problems.size();
        this.warnings = warnings;
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

    /** Records a warning: the cell holds something, but nothing that can be read, and is taken as unknown. */
    void warning(String column, String reason) {
        warnings.add(file, raw.line(), column, reason);
    }

    /** True when the file has {@code column} in its header, whatever the row holds. */
    boolean has(String column) {
        return header.indexOf(column) >= 0;
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

    /**
     * A date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; {@code /} and {@code .} are accepted as
     * separators, and the Chinese form {@code 2010年1月2日} (or {@code 2010年1月}, {@code 2010年}).
     */
    String date(String column) {
        String v = text(column);
        if (v == null) {
            return null;
        }
        Matcher chinese = CHINESE_DATE.matcher(v);
        String normal = chinese.matches()
                ? chinese.group(1)
                        + (chinese.group(2) == null ? "" : "-" + chinese.group(2))
                        + (chinese.group(3) == null ? "" : "-" + chinese.group(3))
                : v.replace('/', '-').replace('.', '-');
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

    /**
     * An industry code of GB/T 4754 as its 2 to 4 digits, in any form {@link IndustryCode} reads; null for an empty
     * cell or a placeholder ({@code -}, {@code 暂无} …), and a warning for a text with no code in it.
     */
    String industryCode(String column) {
        String v = text(column);
        if (v == null || RegisteredCapital.UNKNOWN.contains(v)) {
            return null;
        }
        var code = IndustryCode.parse(v);
        if (code.isEmpty()) {
            warning(column, "no industry code in '" + v + "' (expected a form such as C3841, 3841 or 锂离子电池制造(3841))");
        }
        return code.orElse(null);
    }

    /**
     * A business scope (经营范围) as written; null for an empty cell or a placeholder, and a warning for a scope with
     * nothing in it but punctuation and the sentences every scope carries (依法须经批准的项目 …).
     */
    String scope(String column) {
        String v = text(column);
        if (v == null || RegisteredCapital.UNKNOWN.contains(v)) {
            return null;
        }
        if (!SCOPE_BOILERPLATE.matcher(v).replaceAll("").codePoints().anyMatch(Character::isLetterOrDigit)) {
            warning(column, "empty business scope '" + v + "'");
            return null;
        }
        return v;
    }

    /**
     * The product items of a cell, split on 、，,;；|｜ and line breaks, trimmed, empty and placeholder items dropped,
     * each once. An item holding a slash, a tab or a run of spaces, which may part products that were not split, is
     * kept as it is and warned about.
     */
    List<String> products(String column) {
        String v = text(column);
        if (v == null) {
            return List.of();
        }
        Set<String> items = new LinkedHashSet<>();
        for (String item : PRODUCT_SEPARATOR.split(v)) {
            String product = item.strip();
            if (!product.isEmpty() && !RegisteredCapital.UNKNOWN.contains(product)) {
                items.add(product);
            }
        }
        for (String item : items) {
            if (ODD_SEPARATOR.matcher(item).find()) {
                warning(column, "'" + item + "' may be more than one product (items are separated by 、，,;|)");
                break;
            }
        }
        return List.copyOf(items);
    }

    /** The {@code |}-separated items of a cell, trimmed, empty ones dropped, each once. */
    List<String> pipeList(String column) {
        String v = text(column);
        if (v == null) {
            return List.of();
        }
        Set<String> items = new LinkedHashSet<>();
        for (String item : PIPE.split(v)) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return List.copyOf(items);
    }
}
