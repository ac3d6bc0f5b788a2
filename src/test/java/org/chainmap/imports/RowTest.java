package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RowTest {
    private final Problems problems = new Problems();

    /** A supplies.csv row whose value and since cells hold the given text. */
    private Row supply(String value, String since) {
        Header header = Header.read(
                ImportFile.SUPPLIES,
                "supplies.csv",
                List.of("supplier_uscc", "customer_uscc", "value", "since"),
                problems);
        return new Row("supplies.csv", header, new RawRow(7, List.of("a", "b", value, since)), problems);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024|2024",
                "2024-03|2024-03",
                "2024-03-05|2024-03-05",
                "2024/3/5|2024-03-05",
                "2024.3|2024-03",
                "2024-3-15|2024-03-15",
                "2024-12-5|2024-12-05",
                "2010-01-02|2010-01-02",
                "2010/1/2|2010-01-02",
                "2010.1.2|2010-01-02",
                "2010年1月2日|2010-01-02",
                "2010年12月25日|2010-12-25",
                "2010 年 1 月 2 日|2010-01-02",
                "2010年3月|2010-03",
                "2010年|2010",
            })
    void shouldWriteEveryAcceptedDateAsIsoText(String cell, String iso) {
        assertThat(supply("", cell).date("since")).isEqualTo(iso);
        assertThat(problems.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"2024-13", "2024-02-32", "24-03", "2024-03-05T10:00", "三月", "2010年13月1日", "2010年1月2"})
    void shouldRefuseADateItCannotRead(String cell) {
        assertThat(supply("", cell).date("since")).isNull();
        assertThat(problems.sorted())
                .extracting(Problem::toString)
                .containsExactly(
                        "supplies.csv:7: since: not a date: '" + cell + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "93.26|93.26",
                "\"1,234.5\"|1234.5",
                "-0.5|-0.5",
                "+.25|0.25",
                "7.|7",
                "1e3|1000",
                "0.1|0.1",
                "12345678901234567890.5|12345678901234567890.5",
            })
    void shouldReadDecimalsToTheNearestDouble(String cell, String expected) {
        assertThat(supply(cell, "").decimal("value")).isEqualTo(new BigDecimal(expected).doubleValue());
        assertThat(problems.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"三千", "1.2.3", "0x10", "NaN", "Infinity", "1e", "--1"})
    void shouldRefuseWhatIsNotADecimalNumber(String cell) {
        assertThat(supply(cell, "").decimal("value")).isNull();
        assertThat(problems.sorted())
                .extracting(Problem::toString)
                .containsExactly("supplies.csv:7: value: not a number: '" + cell + "'");
    }

    @Test
    void shouldSayANumberBeyondTheDoubleRangeIsOutOfRange() {
        assertThat(supply("1e400", "").decimal("value")).isNull();
        assertThat(problems.sorted())
                .extracting(Problem::toString)
                .containsExactly("supplies.csv:7: value: number out of range: '1e400'");
    }

    private final Warnings warnings = new Warnings();

    /** An enterprises.csv row of a registry export holding the given industry code, scope and products cells. */
    private Row export(String code, String scope, String products) {
        Header header = Header.read(
                ImportFile.ENTERPRISES,
                "enterprises.csv",
                List.of("统一社会信用代码", "企业名称", "国标行业", "经营范围", "主营产品"),
                problems);
        return new Row(
                "enterprises.csv", header, new RawRow(3, List.of("a", "b", code, scope, products)), problems, warnings);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "C3841|3841",
                "3841|3841",
                "C3841 锂离子电池制造|3841",
                "锂离子电池制造(3841)|3841",
                "锂离子电池制造（3841）|3841",
                "C38|38",
                "384 电池制造|384",
                "C 制造业 > C38 电气机械和器材制造业 > C384 电池制造 > C3841 锂离子电池制造|3841",
            })
    void shouldReadEveryWrittenFormOfAnIndustryCodeWithoutAWarning(String cell, String code) {
        assertThat(export(cell, "", "").industryCode("industry_code")).isEqualTo(code);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(warnings.count()).isZero();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"制造业", "锂离子电池制造", "38415", "3841/3842", "X3841"})
    void shouldWarnAboutAnIndustryCodeItCannotReadAndTakeItAsUnknown(String cell) {
        assertThat(export(cell, "", "").industryCode("industry_code")).isNull();
        assertThat(problems.isEmpty()).as("never a problem").isTrue();
        assertThat(warnings.first())
                .extracting(Problem::toString)
                .containsExactly("enterprises.csv:3: industry_code: no industry code in '" + cell
                        + "' (expected a form such as C3841, 3841 or 锂离子电池制造(3841))");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"''", "-", "暂无", "—", "不详"})
    void shouldTakeAnEmptyOrPlaceholderIndustryCodeAsUnknownWithoutAWarning(String cell) {
        assertThat(export(cell, cell, cell).industryCode("industry_code")).isNull();
        assertThat(export(cell, cell, cell).scope("business_scope")).isNull();
        assertThat(export(cell, cell, cell).products("products")).isEmpty();
        assertThat(warnings.count()).isZero();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "锂电池、电芯、电池包",
                "锂电池，电芯，电池包",
                "锂电池,电芯,电池包",
                "锂电池;电芯;电池包",
                "锂电池；电芯；电池包",
                "\"锂电池|电芯|电池包\"",
                "锂电池｜电芯｜电池包",
                "\" 锂电池 、 电芯,, 电池包、\"",
                "锂电池、电芯、锂电池、电池包、-",
            })
    void shouldSplitProductsOnEverySeparatorTrimmedWithoutEmptyOrRepeatedItems(String cell) {
        assertThat(export("", "", cell).products("products")).containsExactly("锂电池", "电芯", "电池包");
        assertThat(warnings.count()).isZero();
    }

    @Test
    void shouldSplitProductsOnLineBreaksInACell() {
        assertThat(export("", "", "锂电池\n电芯\r\n电池包").products("products")).containsExactly("锂电池", "电芯", "电池包");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"锂电池/电芯、电池包|锂电池/电芯", "锂电池  电芯、电池包|锂电池  电芯", "锂电池／电芯|锂电池／电芯"})
    void shouldWarnOnceAboutProductsThatMayNotBeSplitAndKeepThemAsWritten(String cell, String item) {
        assertThat(export("", "", cell).products("products")).first().isEqualTo(item);
        assertThat(warnings.first())
                .extracting(Problem::toString)
                .containsExactly("enterprises.csv:3: products: '" + item
                        + "' may be more than one product (items are separated by 、，,;|)");
    }

    @Test
    void shouldKeepABusinessScopeAsWritten() {
        String scope = "一般项目：锂离子电池制造；电池销售（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）";
        assertThat(export("", scope, "").scope("business_scope")).isEqualTo(scope);
        assertThat(warnings.count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "（依法须经批准的项目，经相关部门批准后方可开展经营活动）",
                "一般项目：（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）",
                "。；",
            })
    void shouldWarnAboutAnEmptyBusinessScopeAndTakeItAsUnknown(String scope) {
        assertThat(export("", scope, "").scope("business_scope")).isNull();
        assertThat(warnings.first())
                .extracting(Problem::toString)
                .containsExactly("enterprises.csv:3: business_scope: empty business scope '" + scope + "'");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void shouldSplitAPipeListTrimmedWithoutEmptyItems() {
        Header header = Header.read(ImportFile.LINKS, "links.csv", List.of("id", "keywords"), problems);
        Row row = new Row("links.csv", header, new RawRow(2, List.of("a", " 锂电池 | 电芯||电芯｜ BMS |")), problems);
        assertThat(row.pipeList("keywords")).containsExactly("锂电池", "电芯", "BMS");
    }
}
