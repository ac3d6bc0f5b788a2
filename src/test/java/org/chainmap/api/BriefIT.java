package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.chainmap.export.Labels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The leader's brief on the demo, opened with POI: its figures read back equal to the report's JSON of the same day,
 * on A4 with Chinese fonts named, with its charts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefIT {
    private static final Labels ZH = Labels.in(Labels.Lang.ZH);

    Javalin app;
    ApiClient client;

    @BeforeAll
    void start() {
        app = DemoApi.start();
        client = new ApiClient(app.port());
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    @Test
    void shouldWriteEveryHeadlineFigureAndItsTrendAsTheReportOfTheSameDayHasThem() throws IOException {
        JsonNode report = ApiClient.json(client.get("/api/v1/report?asOf=2025-06-30"), 200);
        try (XWPFDocument doc = brief("?asOf=2025-06-30")) {
            // the main table, and the chapters of their own that sections such as the land renewal get
            Map<String, List<String>> rows = new java.util.HashMap<>();
            doc.getTables().forEach(table -> rows.putAll(rowsByLabel(table)));
            Map<String, JsonNode> figures = flat(report.get("headline"));
            assertThat(figures)
                    .containsKeys(
                            "parkAreaMu", "chainProjects.TALKS", "referral.investmentYi", "landRenewal.taxMultiple");
            figures.forEach((figure, value) -> {
                List<String> row = rows.get(ZH.figure(figure));
                assertThat(row).as(figure).isNotNull();
                assertThat(row.get(1)).as(figure).isEqualTo(value.toString());
                JsonNode trend = report.get("trend").get(figure);
                if (trend != null) {
                    assertThat(row.get(2))
                            .as(figure + " then")
                            .isEqualTo(trend.get("then").toString());
                    assertThat(row.get(3).replace("+", ""))
                            .as(figure + " change")
                            .isEqualTo(trend.get("change").toString());
                }
            });
            assertThat(text(doc)).contains("（截至2025年6月30日）", "土地更新（腾笼换鸟、工业上楼）");
        }
    }

    @Test
    void shouldHoldEveryHeadlineFigureOfTheSourceReportToday() throws IOException {
        try (XWPFDocument doc = brief("")) {
            Map<String, List<String>> rows = rowsByLabel(doc.getTables().getFirst());
            // 15 chains, 7 led by the bureau, 19 leaders; 20 parks on 1490.23 mu, 14 certified; chain projects
            // 21 in talks, 19 signed, 31 under construction; 33 tech-upgrade projects worth 112.6 亿元, 26 started;
            // 14 referral projects worth 64.88 亿元, 5 signed
            Map<String, String> source = new LinkedHashMap<>();
            source.put("chains", "15");
            source.put("bureauLedChains", "7");
            source.put("leaders", "19");
            source.put("parks", "20");
            source.put("parkAreaMu", "1490.23");
            source.put("certifiedParks", "14");
            source.put("chainProjects.TALKS", "21");
            source.put("chainProjects.SIGNED", "19");
            source.put("chainProjects.CONSTRUCTION", "31");
            source.put("techUpgrade.count", "33");
            source.put("techUpgrade.investmentYi", "112.6");
            source.put("techUpgrade.started", "26");
            source.put("referral.count", "14");
            source.put("referral.investmentYi", "64.88");
            source.put("referral.signed", "5");
            source.forEach((figure, value) ->
                    assertThat(rows.get(ZH.figure(figure)).get(1)).as(figure).isEqualTo(value));
        }
    }

    @Test
    void shouldLayTheBriefOutOnA4WithChineseFontsAndCharts() throws IOException {
        try (XWPFDocument doc = brief("?asOf=2025-06-30")) {
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(new BigInteger(size.getW().toString())).isEqualTo(BigInteger.valueOf(11906));
            assertThat(new BigInteger(size.getH().toString())).isEqualTo(BigInteger.valueOf(16838));
            XWPFRun title = doc.getParagraphs().getFirst().getRuns().getFirst();
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(doc.getAllPictures()).hasSize(2);
            assertThat(text(doc)).contains("建链", "补链", "延链", "强链", "亩产效益评价（2025年度）", "与2024年度相比");
        }
    }

    @Test
    void shouldWriteTheTransitionMatrixAsTheApiAnswersIt() throws IOException {
        JsonNode t = ApiClient.json(client.get("/api/v1/evaluations/transitions?from=2024&to=2025"), 200);
        try (XWPFDocument doc = brief("")) {
            XWPFTable matrix = doc.getTables().stream()
                    .filter(table -> table.getRow(0).getCell(0).getText().equals("2024年度＼2025年度"))
                    .findFirst()
                    .orElseThrow();
            int r = 1;
            for (Iterator<Map.Entry<String, JsonNode>> it = t.get("matrix").fields(); it.hasNext(); r++) {
                Map.Entry<String, JsonNode> line = it.next();
                XWPFTableRow row = matrix.getRow(r);
                assertThat(row.getCell(0).getText()).isEqualTo(line.getKey() + "类");
                int c = 1;
                for (JsonNode n : line.getValue()) {
                    assertThat(row.getCell(c++).getText()).isEqualTo(n.toString());
                }
            }
        }
    }

    private XWPFDocument brief(String query) throws IOException {
        var response = client.bytes("/api/v1/report/brief.docx" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return new XWPFDocument(new ByteArrayInputStream(response.body()));
    }

    private static Map<String, List<String>> rowsByLabel(XWPFTable table) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            row.getTableCells().forEach(c -> cells.add(c.getText()));
            rows.put(cells.getFirst(), cells);
        }
        return rows;
    }

    private static Map<String, JsonNode> flat(JsonNode node) {
        Map<String, JsonNode> flat = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                flat(e.getValue()).forEach((k, v) -> flat.put(e.getKey() + "." + k, v));
            } else if (!e.getValue().isNull()) {
                flat.put(e.getKey(), e.getValue());
            }
        });
        return flat;
    }

    private static String text(XWPFDocument doc) {
        StringBuilder all = new StringBuilder();
        doc.getParagraphs().forEach(p -> all.append(p.getText()).append('\n'));
        return all.toString();
    }
}
