package org.chainmap.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a registered capital (注册资本) as registry exports write it, into 万元 of CNY, the unit of the
 * {@code registered_capital} column: {@code 1000万元人民币}, {@code 1000万人民币}, {@code 1000万元}, {@code 1000万},
 * {@code 1.5亿元}, {@code 10000000元}, {@code 1,000万元}, a bare number (already 万元), and foreign currencies by
 * Chinese name or ISO code before or after the amount ({@code 500万美元}, {@code 200万港币}, {@code 500万 USD},
 * {@code USD 500万}), converted at the given {@link ExchangeRates}. An amount with a currency but without 万 or 亿
 * counts whole units of it ({@code 10000000元}). Full-width characters and spaces are read as their plain forms.
 */
final class RegisteredCapital {
    /** Cells that registry exports fill in for a capital they do not know. */
    static final Set<String> UNKNOWN = Set.of("-", "--", "—", "——", "–", "/", "暂无", "不详", "无", "未知", "未公开");

    /** Currencies by their Chinese names and signs; ISO codes stand for themselves. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("人民币", "CNY"),
            Map.entry("RMB", "CNY"),
            Map.entry("¥", "CNY"),
            Map.entry("美元", "USD"),
            Map.entry("美金", "USD"),
            Map.entry("$", "USD"),
            Map.entry("US$", "USD"),
            Map.entry("港元", "HKD"),
            Map.entry("港币", "HKD"),
            Map.entry("HK$", "HKD"),
            Map.entry("欧元", "EUR"),
            Map.entry("€", "EUR"),
            Map.entry("日元", "JPY"),
            Map.entry("英镑", "GBP"),
            Map.entry("£", "GBP"),
            Map.entry("澳元", "AUD"),
            Map.entry("加元", "CAD"),
            Map.entry("加拿大元", "CAD"),
            Map.entry("新加坡元", "SGD"),
            Map.entry("瑞士法郎", "CHF"),
            Map.entry("韩元", "KRW"),
            Map.entry("新台币", "TWD"),
            Map.entry("台币", "TWD"));

    private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern AMOUNT = Pattern.compile("(?<before>\\D*?)"
            + "(?<sign>[-+]?)(?<number>(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+)"
            + "(?<scale>千万|百万|万|亿)?(?<after>\\D*)");
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final ExchangeRates rates;

    RegisteredCapital(ExchangeRates rates) {
        this.rates = rates;
    }

    /**
     * The capital of {@code cell} in 万元 (CNY); null for an empty cell or one of {@link #UNKNOWN}.
     *
     * @throws IllegalArgumentException with the reason, for a cell that is none of the accepted forms
     */
    Double wanYuan(String cell) {
        if (cell == null) {
            return null;
        }
        String text = Normalizer.normalize(cell, Normalizer.Form.NFKC)
                .replaceAll("[\\s()\\[\\]]", "")
                .toUpperCase(Locale.ROOT);
        if (text.isEmpty() || UNKNOWN.contains(text)) {
            return null;
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("not an amount: '" + cell.strip() + "' (expected a form such as 1000万元, "
                    + "1.5亿元, 10000000元, 500万美元 or a number of 万元)");
        }
        if (m.group("sign").equals("-")) {
            throw new IllegalArgumentException("must not be negative: '" + cell.strip() + "'");
        }
        BigDecimal number = new BigDecimal(m.group("number").replace(",", ""));
        String after = m.group("after");
        boolean yuan = after.startsWith("元");
        if (yuan) {
            after = after.substring(1);
        }
        String currency = currency(m.group("before"), after, yuan, cell);
        BigDecimal wan = switch (m.group("scale") == null ? "" : m.group("scale")) {
            case "万" -> number;
            case "百万" -> number.multiply(BigDecimal.valueOf(100));
            case "千万" -> number.multiply(BigDecimal.valueOf(1_000));
            case "亿" -> number.multiply(TEN_THOUSAND);
            // with a currency named, the number counts its units; a bare number is already 万元
            default -> currency == null ? number : number.divide(TEN_THOUSAND);
        };
        if (currency != null && !currency.equals("CNY")) {
            BigDecimal rate = rates.of(currency)
                    .orElseThrow(() -> new IllegalArgumentException("no exchange rate for " + currency + " in '"
                            + cell.strip() + "' (give one in " + ExchangeRates.ENV + ", as " + currency + "=rate)"));
            wan = wan.multiply(rate);
        }
        double value = wan.doubleValue();
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("number out of range: '" + cell.strip() + "'");
        }
        return value;
    }

    /**
     * The ISO code of the currency named before or after the amount ({@code 元} after it being yuan), or null when
     * none is named.
     */
    private static String currency(String before, String after, boolean yuan, String cell) {
        String first = named(before, cell);
        String second = named(after, cell);
        if (yuan && second != null && !second.equals("CNY")) {
            throw new IllegalArgumentException("two currencies in '" + cell.strip() + "'");
        }
        if (yuan && second == null) {
            second = "CNY";
        }
        if (first != null && second != null && !first.equals(second)) {
            throw new IllegalArgumentException("two currencies in '" + cell.strip() + "'");
        }
        return first != null ? first : second;
    }

    private static String named(String text, String cell) {
        if (text.isEmpty()) {
            return null;
        }
        String code = NAMES.get(text);
        if (code != null) {
            return code;
        }
        if (ISO_CODE.matcher(text).matches()) {
            return text;
        }
        throw new IllegalArgumentException("unknown currency '" + text + "' in '" + cell.strip() + "'");
    }
}
