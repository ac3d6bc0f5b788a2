package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enterprises as registry exports list them (the Chinese headers of 企查查, 天眼查 or the credit publicity system),
 * and links with the rules of classification: what each row gives, which rows are skipped and why, and which cells are
 * warned about and taken as unknown.
 */
class RegistryExportTest {
    static final String CELL = "91370215MA00000A17";
    static final String MOTOR = "91370215MA00000B2B";
    static final String GONE = "91370215MA00000C3F";
    static final String REVOKED = "91370215MA00000D4K";
    static final String MOVED = "91370215MA00000E5P";
    static final String CANCELLED = "91370215MA00000F6U";
    static final String TRADER = "91370215MA00000G70";
    static final String CAPITAL = "91110105MA00000H89";

    @TempDir
    Path dir;

    InMemoryGraphWriter graph;

    @BeforeEach
    void files() {
        graph = new InMemoryGraphWriter();
        Fixtures.write(dir, "chains.csv", "id,name\nnev,新能源汽车\n");
        Fixtures.write(dir, "links.csv", """
                编号,所属产业链,环节名称,阶段,行业代码,关键词,排除词
                nev.cell,nev,动力电池电芯,中游,C3841 | 3849 | 3841 ,锂电池| 电芯 || 储能电池 ,回收|二手
                nev.motor,nev,驱动电机,中游,381,电机,
                nev.other,nev,其他,下游,,,
                """);
        Fixtures.write(
                dir, "enterprises.csv", """
                企业名称,统一社会信用代码,登记状态,成立日期,注册资本,参保人数,所属省份,所属城市,所属区县,国标行业,经营范围,主营产品,法定代表人
                青岛甲电池有限公司,%s,存续（在营、开业、在册）,2010-01-02,5000万元人民币,380,山东省,青岛市,即墨区,C3841 锂离子电池制造,锂离子电池的研发、生产；电芯制造（依法须经批准的项目，经相关部门批准后方可开展经营活动）,动力锂电池、储能电池；电芯,张三
                青岛乙电机有限公司,%s,在业,2018/5/6,800万,60,山东省,青岛市,即墨区,电动机制造(3812),-,驱动电机|电机控制器,李四
                青岛丙电池有限公司,%s,注销,2012年3月4日,100万,0,山东省,青岛市,即墨区,3841,,,王五
                青岛丁电池有限公司,%s,"吊销，未注销",2013.4.5,100万,0,山东省,青岛市,即墨区,3841,,,赵六
                青岛戊电池有限公司,%s,迁出,2014年,100万,,山东省,青岛市,即墨区,3841,,,钱七
                青岛己电池有限公司,%s,撤销,,,,山东省,青岛市,即墨区,,,,孙八
                青岛庚贸易有限公司,%s,开业,2020年12月1日,50万,3,山东省,青岛市,即墨区,批发业,（依法须经批准的项目，经相关部门批准后方可开展经营活动）,电池/电机,周九
                北京辛科技有限公司,%s,存续,2001-09-10,1亿元,500,北京市,北京市,朝阳区,-,,,吴十
                """.formatted(CELL, MOTOR, GONE, REVOKED, MOVED, CANCELLED, TRADER, CAPITAL));
    }

    private ImportSummary importAll() {
        return new Importer(graph, Set.of("370215"), Progress.NONE).run(ImportSource.of(dir), false);
    }

    private ImportRow.Enterprise enterprise(String uscc) {
        return graph.written.stream()
                .filter(r -> r instanceof ImportRow.Enterprise e && e.uscc().equals(uscc))
                .map(ImportRow.Enterprise.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private ImportRow.Link link(String id) {
        return graph.written.stream()
                .filter(r -> r instanceof ImportRow.Link l && l.id().equals(id))
                .map(ImportRow.Link.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private ImportSummary.FileSummary enterprisesOf(ImportSummary summary) {
        return summary.files().stream()
                .filter(f -> f.file().equals("enterprises.csv"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldReadTheColumnsOfARegistryExport() {
        importAll();
        ImportRow.Enterprise cell = enterprise(CELL);
        assertThat(cell.name()).isEqualTo("青岛甲电池有限公司");
        assertThat(cell.region()).isEqualTo("山东省青岛市即墨区");
        assertThat(cell.founded()).isEqualTo("2010-01-02");
        assertThat(cell.registeredCapital()).isEqualTo(5000.0);
        assertThat(cell.employees()).isEqualTo(380L);
        assertThat(cell.industryCode()).isEqualTo("3841");
        assertThat(cell.businessScope()).startsWith("锂离子电池的研发、生产；电芯制造");
        assertThat(cell.products()).containsExactly("动力锂电池", "储能电池", "电芯");

        ImportRow.Enterprise motor = enterprise(MOTOR);
        assertThat(motor.founded()).isEqualTo("2018-05-06");
        assertThat(motor.industryCode()).isEqualTo("3812");
        assertThat(motor.businessScope()).as("a placeholder is unknown").isNull();
        assertThat(motor.products()).containsExactly("驱动电机", "电机控制器");

        assertThat(enterprise(TRADER).founded()).isEqualTo("2020-12-01");
        assertThat(enterprise(CAPITAL).region())
                .as("a municipality's city repeats its province")
                .isEqualTo("北京市朝阳区");
    }

    @Test
    void shouldSkipAndCountRowsWhoseRegistrationEndedWithTheReason() {
        ImportSummary summary = importAll();
        assertThat(graph.written)
                .filteredOn(ImportRow.Enterprise.class::isInstance)
                .extracting(r -> ((ImportRow.Enterprise) r).uscc())
                .containsExactly(CELL, MOTOR, TRADER, CAPITAL);
        ImportSummary.FileSummary enterprises = enterprisesOf(summary);
        assertThat(enterprises.rows()).isEqualTo(8);
        assertThat(enterprises.skipped()).isEqualTo(4);
        assertThat(enterprises.skippedBecause())
                .extracting(ImportSummary.Skipped::reason, ImportSummary.Skipped::rows)
                .containsExactly(
                        tuple("status 吊销", 1L), tuple("status 撤销", 1L), tuple("status 注销", 1L), tuple("status 迁出", 1L));
        assertThat(summary.skipped()).isEqualTo(4);
    }

    @Test
    void shouldCountTheSameInADryRun() {
        ImportSummary summary = new Importer(graph, Set.of("370215"), Progress.NONE).run(ImportSource.of(dir), true);
        assertThat(enterprisesOf(summary).skipped()).isEqualTo(4);
        assertThat(enterprisesOf(summary).warnings()).isEqualTo(3);
        assertThat(graph.written).isEmpty();
    }

    @Test
    void shouldCountWarningsForCellsItCannotReadAndImportTheirRows() {
        ImportSummary summary = importAll();
        ImportSummary.FileSummary enterprises = enterprisesOf(summary);
        String file = dir.resolve("enterprises.csv").toString();
        assertThat(enterprises.warnings()).isEqualTo(3);
        assertThat(summary.warnings()).isEqualTo(3);
        assertThat(enterprises.firstWarnings())
                .extracting(Problem::toString)
                .containsExactly(
                        file + ":8: industry_code: no industry code in '批发业' (expected a form such as C3841, 3841 or"
                                + " 锂离子电池制造(3841))",
                        file + ":8: business_scope: empty business scope '（依法须经批准的项目，经相关部门批准后方可开展经营活动）'",
                        file + ":8: products: '电池/电机' may be more than one product (items are separated by 、，,;|)");
    }

    @Test
    void shouldNameTheSkippedRowWhenAnotherFileRefersToItsEnterprise() {
        Fixtures.write(dir, "enterprise_links.csv", "uscc,link_id\n" + GONE + ",nev.cell\n");
        var e = catchThrowableOfType(ImportRejectedException.class, this::importAll);
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactly(dir.resolve("enterprise_links.csv") + ":2: uscc: unknown enterprise '" + GONE
                        + "' (its row, " + dir.resolve("enterprises.csv") + ":4, status 注销, was skipped, and the graph"
                        + " does not hold it)");
    }

    @Test
    void shouldWriteTheRulesOfLinksAsLists() {
        importAll();
        ImportRow.Link cell = link("nev.cell");
        assertThat(cell.industryCodes()).containsExactly("3841", "3849");
        assertThat(cell.keywords()).containsExactly("锂电池", "电芯", "储能电池");
        assertThat(cell.excludeKeywords()).containsExactly("回收", "二手");
        assertThat(link("nev.motor").industryCodes()).containsExactly("381");
        assertThat(link("nev.other").industryCodes()).isEmpty();
        assertThat(link("nev.other").keywords()).isEmpty();
    }

    @Test
    void shouldRefuseALinkCodeItCannotReadNamingFileLineAndField() {
        Fixtures.write(dir, "links.csv", """
                id,chain_id,name,stage,industry_codes,keywords
                nev.cell,nev,动力电池电芯,中游,3841|电池制造|38415,锂电池
                nev.motor,nev,驱动电机,中游,3812;3813,电机
                """);
        var e = catchThrowableOfType(ImportRejectedException.class, this::importAll);
        String file = dir.resolve("links.csv").toString();
        assertThat(e.problems())
                .extracting(Problem::toString)
                .containsExactly(
                        file + ":2: industry_codes: not an industry code: '电池制造' (expected 2 to 4 digits of GB/T 4754"
                                + " such as 3841 or C384, codes separated by |)",
                        file + ":2: industry_codes: not an industry code: '38415' (expected 2 to 4 digits of GB/T 4754"
                                + " such as 3841 or C384, codes separated by |)",
                        file + ":3: industry_codes: not an industry code: '3812;3813' (expected 2 to 4 digits of GB/T"
                                + " 4754 such as 3841 or C384, codes separated by |)");
        assertThat(graph.written).isEmpty();
    }

    @Test
    void shouldPreferTheRegionColumnAndTheIndustryCodeColumnWhereAFileHasBoth() {
        Fixtures.write(dir, "enterprises.csv", """
                uscc,name,region,省份,城市,区县,industry_code,所属行业
                %s,甲,山东省青岛市即墨区,江苏省,苏州市,,3841,C3812
                %s,乙,,山东省,青岛市,即墨区,,C3812 电动机制造
                """.formatted(CELL, MOTOR));
        importAll();
        assertThat(enterprise(CELL).region()).isEqualTo("山东省青岛市即墨区");
        assertThat(enterprise(CELL).industryCode()).isEqualTo("3841");
        assertThat(enterprise(MOTOR).region()).isEqualTo("山东省青岛市即墨区");
        assertThat(enterprise(MOTOR).industryCode()).isEqualTo("3812");
    }

    @Test
    void shouldJoinRegionPartsWithoutRepeatingThem() {
        assertThat(RowParsers.joined("山东省", "青岛市", "即墨区")).isEqualTo("山东省青岛市即墨区");
        assertThat(RowParsers.joined("上海市", "上海市", "浦东新区")).isEqualTo("上海市浦东新区");
        assertThat(RowParsers.joined("山东省", "山东省青岛市", null)).isEqualTo("山东省青岛市");
        assertThat(RowParsers.joined("广东省", "-", "南山区")).isEqualTo("广东省南山区");
        assertThat(RowParsers.joined(null, null, null)).isNull();
    }

    @Test
    void shouldSkipOnlyTheStatusesThatEndARegistration() {
        for (String live : List.of("存续", "在业", "开业", "存续（在营、开业、在册）", "在营（开业）企业", "停业", "清算")) {
            assertThat(RowParsers.ended(live)).as(live).isNull();
        }
        assertThat(RowParsers.ended("吊销，未注销")).isEqualTo("吊销");
        assertThat(RowParsers.ended("注销企业")).isEqualTo("注销");
        assertThat(RowParsers.ended("已迁出")).isEqualTo("迁出");
        assertThat(RowParsers.ended("撤销登记")).isEqualTo("撤销");
    }
}
