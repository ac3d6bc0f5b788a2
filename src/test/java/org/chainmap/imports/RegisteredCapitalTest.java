package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every written form of a registered capital, read into 万元 of CNY; the expected figures are worked by hand. */
class RegisteredCapitalTest {
    private final RegisteredCapital capital = new RegisteredCapital(ExchangeRates.DEFAULTS);

    @ParameterizedTest(name = "{0} is {1} 万元")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                // yuan, in 万 and 亿
                "1000万元人民币|1000",
                "1000万人民币|1000",
                "1000万元|1000",
                "1000万|1000",
                "1.5亿元|15000",
                "1.5亿|15000",
                "10000000元|1000",
                "1,000万元|1000",
                "\"1,234,567元\"|123.4567",
                "人民币1000万元|1000",
                "RMB 1000万|1000",
                "¥1000万|1000",
                "1000.5万元|1000.5",
                "0.5亿元人民币|5000",
                "3千万元|3000",
                "5百万|500",
                // a bare number is already 万元, the column's unit
                "1000|1000",
                "1000.25|1000.25",
                "0|0",
                // foreign currencies at the defaults: USD 7.1, HKD 0.91, EUR 7.8, JPY 0.048, GBP 9.1
                "500万美元|3550", // 500 × 7.1
                "200万港元|182", // 200 × 0.91
                "200万港币|182",
                "300万欧元|2340", // 300 × 7.8
                "1000万日元|48", // 1000 × 0.048
                "100万英镑|910", // 100 × 9.1
                "500万 USD|3550",
                "USD 500万|3550",
                "500万usd|3550",
                "US$500万|3550",
                "1亿日元|480", // 10000 × 0.048
                "1000000美元|710", // 100 万 × 7.1
                // full-width digits, commas and spaces, as some exports write them
                "１０００ 万元|1000",
                "\"1，000万元\"|1000",
                "（人民币）1000万元|1000",
            })
    void shouldReadEveryWrittenForm(String cell, double wanYuan) {
        assertThat(capital.wanYuan(cell)).isEqualTo(wanYuan);
    }

    @ParameterizedTest(name = "''{0}'' is unknown")
    @ValueSource(strings = {"", "  ", "-", "--", "—", "——", "/", "暂无", "不详", "无", "未知", " － "})
    void shouldReadEmptyCellsAndPlaceholdersAsUnknown(String cell) {
        assertThat(capital.wanYuan(cell)).isNull();
    }

    @org.junit.jupiter.api.Test
    void shouldReadAnAbsentCellAsUnknown() {
        assertThat(capital.wanYuan(null)).isNull();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "-100万元|must not be negative: '-100万元'",
                "-5|must not be negative: '-5'",
                "100万卢布|unknown currency '卢布' in '100万卢布'",
                "100万元美元|two currencies in '100万元美元'",
                "USD 100万欧元|two currencies in 'USD 100万欧元'",
                "100万 SGD|no exchange rate for SGD in '100万 SGD' (give one in CHAINMAP_EXCHANGE_RATES, as SGD=rate)",
                "100万新加坡元|no exchange rate for SGD in '100万新加坡元' (give one in CHAINMAP_EXCHANGE_RATES, as SGD=rate)",
                "很多|not an amount: '很多' (expected a form such as 1000万元, 1.5亿元, 10000000元, 500万美元 or a number of 万元)",
                "万元|not an amount: '万元' (expected a form such as 1000万元, 1.5亿元, 10000000元, 500万美元 or a number of 万元)",
                "1e7|not an amount: '1e7' (expected a form such as 1000万元, 1.5亿元, 10000000元, 500万美元 or a number of 万元)",
                "\"1,00万\"|not an amount: '1,00万' (expected a form such as 1000万元, 1.5亿元, 10000000元, 500万美元 or a number of 万元)",
                "100万元(实缴50万元)|not an amount: '100万元(实缴50万元)' (expected a form such as 1000万元, 1.5亿元, 10000000元, 500万美元 or a number of 万元)",
            })
    void shouldGiveTheReasonForACellItCannotRead(String cell, String reason) {
        assertThatThrownBy(() -> capital.wanYuan(cell))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(reason);
    }

    @org.junit.jupiter.api.Test
    void shouldConvertAtTheRatesItIsGiven() {
        var rates = ExchangeRates.DEFAULTS.overriddenBy("USD=7.2,SGD=5.3");

        assertThat(new RegisteredCapital(rates).wanYuan("500万美元")).isEqualTo(3600); // 500 × 7.2
        assertThat(new RegisteredCapital(rates).wanYuan("100万新加坡元")).isEqualTo(530); // 100 × 5.3
        assertThat(new RegisteredCapital(rates).wanYuan("300万欧元")).isEqualTo(2340); // the default kept
    }
}
