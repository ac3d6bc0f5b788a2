package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.chainmap.domain.ChainmapException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExchangeRatesTest {
    @Test
    void shouldHoldTheDocumentedDefaults() {
        assertThat(ExchangeRates.DEFAULTS.yuanPerUnit())
                .containsOnly(
                        Map.entry("USD", new BigDecimal("7.1")),
                        Map.entry("EUR", new BigDecimal("7.8")),
                        Map.entry("HKD", new BigDecimal("0.91")),
                        Map.entry("JPY", new BigDecimal("0.048")),
                        Map.entry("GBP", new BigDecimal("9.1")));
    }

    @Test
    void shouldKeepTheDefaultsWithoutTheVariable() {
        assertThat(ExchangeRates.fromEnvironment(Map.of())).isEqualTo(ExchangeRates.DEFAULTS);
        assertThat(ExchangeRates.fromEnvironment(Map.of(ExchangeRates.ENV, " ")))
                .isEqualTo(ExchangeRates.DEFAULTS);
    }

    @Test
    void shouldOverrideAndAddRatesFromTheVariable() {
        var rates = ExchangeRates.fromEnvironment(Map.of(ExchangeRates.ENV, "USD=7.2, eur = 7.9,SGD=5.3"));

        assertThat(rates.of("USD")).contains(new BigDecimal("7.2"));
        assertThat(rates.of("EUR")).contains(new BigDecimal("7.9"));
        assertThat(rates.of("SGD")).contains(new BigDecimal("5.3"));
        assertThat(rates.of("JPY")).contains(new BigDecimal("0.048"));
        assertThat(rates.of("AUD")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "USD:7.2|expected CODE=rate pairs separated by commas, such as USD=7.2,EUR=7.9; got 'USD:7.2'",
                "USD=7.2,|expected CODE=rate pairs separated by commas, such as USD=7.2,EUR=7.9; got ''",
                "USD=7=2|expected CODE=rate pairs separated by commas, such as USD=7.2,EUR=7.9; got 'USD=7=2'",
                "美元=7.2|'美元' is not a three-letter currency code (ISO 4217)",
                "USDT=1|'USDT' is not a three-letter currency code (ISO 4217)",
                "USD=abc|USD: the rate (yuan per unit) must be a number more than zero, got 'abc'",
                "USD=0|USD: the rate (yuan per unit) must be a number more than zero, got '0'",
                "USD=-7|USD: the rate (yuan per unit) must be a number more than zero, got '-7'",
                "CNY=1|CNY is the currency amounts are converted to; leave it out",
                "USD=7.2,usd=7.3|USD is given twice",
            })
    void shouldRefuseAMalformedValueNamingTheVariable(String value, String reason) {
        assertThatThrownBy(() -> ExchangeRates.fromEnvironment(Map.of(ExchangeRates.ENV, value)))
                .isInstanceOf(ChainmapException.class)
                .hasMessage("CHAINMAP_EXCHANGE_RATES: " + reason);
    }
}
