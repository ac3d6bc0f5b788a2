package org.chainmap.imports;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.chainmap.domain.ChainmapException;

/**
 * What one unit of a foreign currency is worth in yuan (CNY), by ISO 4217 code, for amounts the import reads in
 * other currencies (a registered capital of 500万美元). The built-in {@link #DEFAULTS} are rounded central parity
 * rates of {@link #DEFAULTS_AS_OF}; {@code CHAINMAP_EXCHANGE_RATES=USD=7.2,EUR=7.9} overrides them or adds
 * currencies.
 */
public record ExchangeRates(Map<String, BigDecimal> yuanPerUnit) {
    // before DEFAULTS, which the constructor checks with them
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern RATE = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");

    /** The environment variable that overrides or adds rates. */
    public static final String ENV = "CHAINMAP_EXCHANGE_RATES";
    /** When the default rates were taken. */
    public static final String DEFAULTS_AS_OF = "January 2024";

    public static final ExchangeRates DEFAULTS = new ExchangeRates(Map.of(
            "USD", new BigDecimal("7.1"),
            "EUR", new BigDecimal("7.8"),
            "HKD", new BigDecimal("0.91"),
            "JPY", new BigDecimal("0.048"),
            "GBP", new BigDecimal("9.1")));

    public ExchangeRates {
        for (var e : yuanPerUnit.entrySet()) {
            if (!CODE.matcher(e.getKey()).matches() || e.getKey().equals("CNY")) {
                throw new IllegalArgumentException("not a foreign currency code: " + e.getKey());
            }
            if (e.getValue().signum() <= 0) {
                throw new IllegalArgumentException(e.getKey() + ": a rate must be more than zero");
            }
        }
        yuanPerUnit = Map.copyOf(yuanPerUnit);
    }

    /** The rate of {@code code} (upper case), if known. */
    public Optional<BigDecimal> of(String code) {
        return Optional.ofNullable(yuanPerUnit.get(code));
    }

    /** The defaults, overridden by {@code CHAINMAP_EXCHANGE_RATES} where {@code env} sets it. */
    public static ExchangeRates fromEnvironment(Map<String, String> env) {
        String value = env.get(ENV);
        return value == null || value.isBlank() ? DEFAULTS : DEFAULTS.overriddenBy(value);
    }

    /**
     * These rates with those of {@code pairs} ({@code USD=7.2,EUR=7.9}) put over them; a malformed pair is a
     * {@link ChainmapException} naming {@link #ENV}.
     */
    ExchangeRates overriddenBy(String pairs) {
        Map<String, BigDecimal> rates = new TreeMap<>(yuanPerUnit);
        Map<String, BigDecimal> given = new TreeMap<>();
        for (String pair : pairs.split(",", -1)) {
            String[] parts = pair.strip().split("=", -1);
            if (parts.length != 2) {
                throw invalid("expected CODE=rate pairs separated by commas, such as USD=7.2,EUR=7.9; got '"
                        + pair.strip() + "'");
            }
            String code = parts[0].strip().toUpperCase(java.util.Locale.ROOT);
            String rate = parts[1].strip();
            if (!CODE.matcher(code).matches()) {
                throw invalid("'" + parts[0].strip() + "' is not a three-letter currency code (ISO 4217)");
            }
            if (code.equals("CNY")) {
                throw invalid("CNY is the currency amounts are converted to; leave it out");
            }
            if (!RATE.matcher(rate).matches() || new BigDecimal(rate).signum() <= 0) {
                throw invalid(code + ": the rate (yuan per unit) must be a number more than zero, got '" + rate + "'");
            }
            if (given.put(code, new BigDecimal(rate)) != null) {
                throw invalid(code + " is given twice");
            }
        }
        rates.putAll(given);
        return new ExchangeRates(rates);
    }

    private static ChainmapException invalid(String reason) {
        return new ChainmapException(ENV + ": " + reason);
    }
}
