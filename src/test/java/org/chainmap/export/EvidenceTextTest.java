package org.chainmap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.targets.Evidence;
import org.chainmap.analysis.targets.Evidence.Basis;
import org.chainmap.analysis.targets.Evidence.Direction;
import org.chainmap.analysis.targets.Evidence.Kind;
import org.chainmap.analysis.targets.Evidence.Named;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.Tag;
import org.junit.jupiter.api.Test;

class EvidenceTextTest {
    private static final EnterpriseRef JIA = new EnterpriseRef("91370200MA0000001X", "青岛甲电池有限公司");
    private static final EnterpriseRef YI = new EnterpriseRef("91370200MA0000002X", "乙材料有限公司");
    private static final EnterpriseRef BING = new EnterpriseRef("91370200MA0000003X", "丙科技有限公司");

    private static Evidence fact(Kind kind, String source, Basis basis, Object... keysAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Evidence(kind, values, source, basis, null);
    }

    /** One fact of every kind, as the ranking makes them. */
    private static final List<Evidence> ALL = List.of(
            fact(Kind.TIE, "海关数据", Basis.OBSERVED, "direction", Direction.SUPPLIES, "partner", JIA, "since", "2021"),
            fact(
                    Kind.TIE,
                    Evidence.UNRECORDED,
                    Basis.OBSERVED,
                    "direction",
                    Direction.BUYS_FROM,
                    "partner",
                    YI,
                    "since",
                    null),
            fact(Kind.TWO_HOP, "招投标公告; 年报", Basis.OBSERVED, "path", List.of(JIA, YI, BING)),
            fact(
                    Kind.ADAMIC_ADAR,
                    "LINK_PREDICTION",
                    Basis.INFERRED,
                    "index",
                    7.21347,
                    "shared",
                    5,
                    "partners",
                    List.of(JIA, YI, BING)),
            fact(Kind.REVENUE, "ENTERPRISE_RECORD", Basis.OBSERVED, "revenue", 1_234_567.5),
            fact(Kind.TAGS, "ENTERPRISE_RECORD", Basis.OBSERVED, "tags", List.of(Tag.HIGH_TECH, Tag.SRDI)),
            fact(Kind.PARK, "PARK_RECORD", Basis.OBSERVED, "park", new Named("p1", "新能源产业园"), "freeUnits", 9L),
            fact(Kind.PIPELINE, "PROJECT_RECORD", Basis.OBSERVED, "stage", ProjectStage.TALKS));

    @Test
    void shouldWordEveryKindOfFactInChineseWithoutAnEnglishWord() {
        String zh = new EvidenceText(ALL).in(Labels.in(Labels.Lang.ZH));

        assertThat(zh.split("；"))
                .containsExactly(
                        "向本地企业青岛甲电池有限公司供货（自2021年起）〔来源：海关数据〕",
                        "从本地企业乙材料有限公司采购〔来源：未记录〕",
                        "青岛甲电池有限公司 → 乙材料有限公司 → 丙科技有限公司〔来源：招投标公告; 年报〕",
                        "推断：与本地企业共有 5 家客户或供应商（青岛甲电池有限公司、乙材料有限公司、丙科技有限公司等），关联指数 7.213〔来源：链接预测〕",
                        "营业收入 1,234,568 万元〔来源：企业档案〕",
                        "资质：高新技术企业、专精特新〔来源：企业档案〕",
                        "园区“新能源产业园”聚焦本链，尚有 9 个空置单元〔来源：园区档案〕",
                        "已投资一个处于“在谈”阶段的项目〔来源：项目台账〕");
        assertThat(zh).doesNotContainPattern("[A-Za-z]");
    }

    @Test
    void shouldWordTheSameFactsInEnglishForEnglishSheetsAndMachineCsv() {
        EvidenceText text = new EvidenceText(ALL.subList(0, 4));

        assertThat(text.toString()).isEqualTo(text.in(Labels.in(Labels.Lang.EN)));
        assertThat(text.toString().split("; (?=[a-zA-Z青])"))
                .containsExactly(
                        "supplies local 青岛甲电池有限公司 since 2021 [source: 海关数据]",
                        "buys from local 乙材料有限公司 [source: unrecorded]",
                        "青岛甲电池有限公司 → 乙材料有限公司 → 丙科技有限公司 [source: 招投标公告; 年报]",
                        "inferred: Adamic–Adar index 7.213 toward local enterprises through 5 partner(s) it shares"
                                + " with them: 青岛甲电池有限公司, 乙材料有限公司, 丙科技有限公司 and 2 more [source: link prediction]");
    }
}
