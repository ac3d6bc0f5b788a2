package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "uscc|uscc",
                "USCC|uscc",
                "统一社会信用代码|uscc",
                "\uFEFF统一社会信用代码|uscc",
                "name (企业名称)|name",
                "name（企业名称）|name",
                "企业名称|name",
                "公司名称|name",
                "企业规模|scale",
                "营业收入|revenue",
                "税收|tax",
                "从业人数|employees",
                "参保人数|employees",
                "registered_capital|registered_capital",
                "注册资本|registered_capital",
                "注册资金|registered_capital",
                "注册资本（万元）|registered_capital",
                "用地面积|land_mu",
                "是否本地|local",
                "成立日期|founded",
                "industry_code|industry_code",
                "行业代码|industry_code",
                "国民经济行业代码|industry_code",
                "国标行业|industry_code",
                "所属行业|industry",
                "经营范围|business_scope",
                "主营产品|products",
                "登记状态|status",
                "经营状态|status",
                "省份|province",
                "所属省份|province",
                "所属城市|city",
                "所属区县|district",
            })
    void shouldMatchEnglishAndChineseHeadersOfEnterprises(String cell, String column) {
        assertThat(Header.match(ImportFile.ENTERPRISES, cell))
                .get()
                .extracting(Column::name)
                .isEqualTo(column);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"行业代码|industry_codes", "关键词|keywords", "排除词|exclude_keywords"})
    void shouldMatchTheColumnsOfLinkRules(String cell, String column) {
        assertThat(Header.match(ImportFile.LINKS, cell))
                .get()
                .extracting(Column::name)
                .isEqualTo(column);
    }

    @Test
    void shouldLeaveColumnsReadInPlaceOfOthersOutOfTheFormatsOwnHeader() {
        assertThat(ImportFile.ENTERPRISES.columnNames())
                .endsWith("tags", "industry_code", "business_scope", "products", "status")
                .doesNotContain("industry", "province", "city", "district");
        assertThat(ImportFile.LINKS.columnNames()).endsWith("key", "industry_codes", "keywords", "exclude_keywords");
    }

    @Test
    void shouldReportMissingRequiredColumnsOnLineOne() {
        Problems problems = new Problems();
        Header.read(ImportFile.SUPPLIES, "supplies.csv", List.of("supplier_uscc", "value"), problems);
        assertThat(problems.sorted())
                .extracting(Problem::toString)
                .containsExactly("supplies.csv:1: customer_uscc: missing required column");
    }

    @Test
    void shouldReportAColumnGivenTwice() {
        Problems problems = new Problems();
        Header.read(ImportFile.CHAINS, "chains.csv", List.of("id", "name", "名称"), problems);
        assertThat(problems.sorted())
                .extracting(Problem::toString)
                .containsExactly("chains.csv:1: name: column appears twice (columns 2 and 3)");
    }

    @Test
    void shouldIgnoreExtraColumns() {
        Problems problems = new Problems();
        Header h = Header.read(ImportFile.CHAINS, "chains.csv", List.of("备注", "id", "name"), problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(h.indexOf("id")).isEqualTo(1);
        assertThat(h.indexOf("priority")).isEqualTo(-1);
    }
}
