package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.api.ApiClient.encode;
import static org.chainmap.api.ApiClient.json;
import static org.chainmap.api.ApiClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.chainmap.export.Labels;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over the demo data: every list as CSV and XLSX parsed back, the chain map as GraphML, the OpenAPI description
 * against the app's routes, and hostile values in every path and query parameter.
 */
class ApiDownloadsIT {
    private static final String LEADER = "91370215320716515Y";
    static Store store;
    static Javalin app;
    static ApiClient client;

    @BeforeAll
    static void start() {
        app = DemoApi.start();
        store = TestNeo4j.store();
        client = new ApiClient(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    /** A list endpoint, the array of its JSON that the download holds, and a column every row fills. */
    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("/api/v1/chains", "chains", "id"),
                Arguments.of("/api/v1/chains/nev/gaps", "links", "linkId"),
                Arguments.of("/api/v1/chains/nev/targets?limit=1000", "targets", "uscc"),
                Arguments.of("/api/v1/enterprises?q=" + encode("青岛") + "&limit=1000", "enterprises", "uscc"),
                Arguments.of("/api/v1/enterprises/" + LEADER + "/referrals", "referrals", "uscc"),
                Arguments.of("/api/v1/parks", "parks", "id"),
                Arguments.of("/api/v1/projects", "projects", "id"),
                Arguments.of("/api/v1/chains/nev/targets?q=" + encode("科技") + "&limit=1000", "targets", "uscc"),
                Arguments.of("/api/v1/evaluations?year=2025&limit=1000", "rows", "uscc"),
                Arguments.of(
                        "/api/v1/evaluations?year=2025&scale=BELOW&q=" + encode("科技") + "&limit=1000", "rows", "uscc"));
    }

    /** The title rows above a workbook's header: what it holds, its filters, when and from which data. */
    static final int TITLE_ROWS = 3;

    static final Labels ZH = Labels.in(Labels.Lang.ZH);

    @Nested
    class Downloads {
        @ParameterizedTest(name = "{0}")
        @MethodSource("org.chainmap.api.ApiDownloadsIT#lists")
        void shouldHoldTheSameRowsAsTheJsonInACsvThatOpensInExcel(String path, String array, String column)
                throws Exception {
            JsonNode rows = json(client.get(path), 200).path(array);
            assertThat(rows).as(path).isNotEmpty();
            HttpResponse<byte[]> csv = client.bytes(path + (path.contains("?") ? "&" : "?") + "format=csv");

            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment");
            byte[] body = csv.body();
            assertThat(new byte[] {body[0], body[1], body[2]})
                    .as("UTF-8 byte-order mark")
                    .containsExactly(0xEF, 0xBB, 0xBF);
            List<CSVRecord> records = ApiClient.csvRecords(body);
            assertThat(records).hasSize(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(records.get(i).get(column))
                        .isEqualTo(rows.get(i).path(column).asText());
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.chainmap.api.ApiDownloadsIT#lists")
        void shouldHoldTheSameRowsInAWorkbookWithoutFormulaCells(String path, String array, String column)
                throws Exception {
            JsonNode rows = json(client.get(path), 200).path(array);
            HttpResponse<byte[]> xlsx = client.bytes(path + (path.contains("?") ? "&" : "?") + "format=xlsx");

            assertThat(xlsx.statusCode()).isEqualTo(200);
            try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                var sheet = workbook.getFirstSheet();
                List<Row> all = sheet.read();
                List<Row> read = all.subList(TITLE_ROWS, all.size());
                List<String> header = new ArrayList<>();
                read.getFirst().forEach(c -> header.add(c.getRawValue()));
                String label = ZH.column("", column);
                int col = header.indexOf(label);
                assertThat(col).as("column %s in %s", label, header).isNotNegative();
                assertThat(read).hasSize(rows.size() + 1);
                for (int i = 0; i < rows.size(); i++) {
                    assertThat(read.get(i + 1).getCellAsString(col).orElse(""))
                            .isEqualTo(rows.get(i).path(column).asText());
                }
                workbook.getSheets().forEach(s -> {
                    try {
                        for (Row r : s.read()) {
                            for (Cell c : r) {
                                if (c != null) {
                                    assertThat(c.getType())
                                            .as("cell %s", c.getAddress())
                                            .isNotEqualTo(CellType.FORMULA);
                                }
                            }
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        }
    }

    @Nested
    class ForPeople {
        private List<List<String>> cells(byte[] xlsx, int sheet) throws Exception {
            List<List<String>> rows = new ArrayList<>();
            try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                for (Row r : workbook.getSheets().toList().get(sheet).read()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(r.getCell(i) == null ? "" : r.getCell(i).getText());
                    }
                    rows.add(cells);
                }
            }
            return rows;
        }

        private static String part(byte[] xlsx, String name) throws Exception {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("workbook", ".xlsx");
            try {
                java.nio.file.Files.write(file, xlsx);
                try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                    var entry = zip.getEntry(name);
                    assertThat(entry).as(name + " in the workbook").isNotNull();
                    return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                }
            } finally {
                java.nio.file.Files.delete(file);
            }
        }

        /** Every row of a CSV download, its header first. */
        private static List<List<String>> csv(byte[] body) throws Exception {
            String text = new String(body, StandardCharsets.UTF_8).substring(1);
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord r : org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(text))) {
                rows.add(r.toList());
            }
            return rows;
        }

        @Test
        void shouldSayWhatTheWorkbookHoldsAboveAFrozenFilteredHeaderOfLabels() throws Exception {
            byte[] xlsx = client.bytes("/api/v1/chains/nev/targets?region=" + encode("江苏") + "&limit=20&format=xlsx")
                    .body();
            List<List<String>> rows = cells(xlsx, 0);

            assertThat(rows.get(0).getFirst()).isEqualTo("招商目标推荐 · 新能源汽车");
            assertThat(rows.get(1).getFirst()).isEqualTo("筛选条件：行数 20；地区 江苏");
            assertThat(rows.get(2).getFirst()).startsWith("导出时间：").contains("数据版本");
            List<String> header = rows.get(TITLE_ROWS);
            assertThat(header).contains("统一社会信用代码", "名称", "环节", "建议行动", "得分", "缺链部分");
            int action = header.indexOf("建议行动");
            assertThat(rows.subList(TITLE_ROWS + 1, rows.size()))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.get(action)).isIn("延链", "补链", "强链"));
            String sheet = part(xlsx, "xl/worksheets/sheet1.xml");
            assertThat(sheet).contains("state=\"frozen\"").contains("<autoFilter");
            // the score's column follows the action's
            String score = (char) ('A' + action + 1) + "6";
            assertThat(sheet).as("the score a number, not text").containsPattern("<c r=\"" + score + "\"[^>]*><v>0\\.");
        }

        @Test
        void shouldDefineEveryColumnOnANotesSheet() throws Exception {
            byte[] xlsx = client.bytes("/api/v1/chains/nev/gaps?format=xlsx").body();
            List<List<String>> notes;
            try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(workbook.getSheets().map(s -> s.getName()).toList()).containsExactly("环节", "产业链", "说明");
            }
            notes = cells(xlsx, 2);
            List<List<String>> defined = notes.subList(3, notes.size());
            assertThat(defined).extracting(r -> r.get(2)).contains("status", "dependency", "gapScore", "coveredLinks");
            assertThat(defined)
                    .allSatisfy(r ->
                            assertThat(r.get(3)).as("meaning of %s", r.get(2)).isNotBlank());
            assertThat(defined)
                    .filteredOn(r -> r.get(2).equals("status"))
                    .first()
                    .satisfies(r -> assertThat(r.get(3)).contains("补链"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.chainmap.api.ApiDownloadsIT#lists")
        void shouldLabelEveryColumnInEnglish(String path, String array, String column) throws Exception {
            byte[] xlsx = client.bytes(path + (path.contains("?") ? "&" : "?") + "format=xlsx&lang=en")
                    .body();
            List<List<String>> rows = cells(xlsx, 0);
            List<String> header = rows.get(TITLE_ROWS);
            JsonNode first = json(client.get(path), 200).path(array).get(0);
            assertThat(header).as("no field name left unlabelled").doesNotContain(column);
            assertThat(header)
                    .as("no header that is still a field's name")
                    .noneMatch(h -> h.matches("[a-z][A-Za-z_]*"));
            assertThat(header.stream().filter(h -> h.matches(".*[\\u4e00-\\u9fff].*")))
                    .as("no Chinese in the English headers")
                    .isEmpty();
            assertThat(first).isNotNull();
        }

        @Test
        void shouldWriteACsvForPeopleOnlyWhenAsked() throws Exception {
            List<List<String>> codes =
                    csv(client.bytes("/api/v1/chains/nev/gaps?format=csv").body());
            assertThat(codes.getFirst().get(0)).isEqualTo("chainId");
            assertThat(codes.get(1).get(4)).isIn("UPSTREAM", "MIDSTREAM", "DOWNSTREAM");

            List<List<String>> zh = csv(
                    client.bytes("/api/v1/chains/nev/gaps?format=csv&labels=zh").body());
            assertThat(zh.getFirst().get(0)).isEqualTo("产业链编号");
            assertThat(zh.get(1).get(4)).isIn("上游", "中游", "下游");
            assertThat(zh.get(1).get(5)).isIn("是", "否");

            List<List<String>> en = csv(
                    client.bytes("/api/v1/chains/nev/gaps?format=csv&labels=en").body());
            assertThat(en.getFirst().get(1)).isEqualTo("Link");
            assertThat(en.get(1).get(4)).isIn("Upstream", "Midstream", "Downstream");

            problem(client.get("/api/v1/chains/nev/gaps?format=xlsx&lang=fr"), 400);
        }
    }

    @Test
    void shouldWriteTheChainMapAsGraphMlWithEveryLinkAndFeed() throws Exception {
        JsonNode map = json(client.get("/api/v1/chains/nev/map"), 200);
        HttpResponse<String> graphml = client.get("/api/v1/chains/nev/map.graphml");

        assertThat(graphml.statusCode()).isEqualTo(200);
        assertThat(graphml.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/graphml+xml");
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(graphml.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("node").getLength())
                .isEqualTo(map.path("links").size());
        assertThat(doc.getElementsByTagName("edge").getLength())
                .isEqualTo(map.path("feeds").size());
        assertThat(graphml.body()).contains("attr.name=\"status\"").contains("汽车芯片");
    }

    @Nested
    class TheOpenApiDescription {
        @Test
        void shouldDescribeEveryRouteTheAppHas() {
            JsonNode doc = json(client.get("/api/v1/openapi.json"), 200);
            assertThat(doc.path("openapi").asText()).startsWith("3.1");
            List<ParsedEndpoint> routes = app.unsafe.internalRouter.allHttpHandlers().stream()
                    .filter(e -> e.endpoint.method.isHttpMethod())
                    .toList();
            assertThat(routes).hasSizeGreaterThan(18);
            for (ParsedEndpoint e : routes) {
                JsonNode op = doc.path("paths")
                        .path(e.endpoint.path)
                        .path(e.endpoint.method.name().toLowerCase(Locale.ROOT));
                assertThat(op.isObject())
                        .as("%s %s described", e.endpoint.method, e.endpoint.path)
                        .isTrue();
                assertThat(op.path("summary").asText()).isNotBlank();
                assertThat(op.path("responses").has("200")
                                || op.path("responses").has("201"))
                        .isTrue();
            }
        }

        @Test
        void shouldGiveTheSchemaOfAnAnswerFromItsRecord() {
            JsonNode doc = json(client.get("/api/v1/openapi.json"), 200);
            JsonNode targets =
                    doc.path("paths").path("/api/v1/chains/{id}/targets").path("get");
            assertThat(targets.path("responses").path("200").path("content").fieldNames())
                    .toIterable()
                    .contains("application/json", "text/csv");
            String ref = targets.path("responses")
                    .path("200")
                    .path("content")
                    .path("application/json")
                    .path("schema")
                    .path("$ref")
                    .asText();
            JsonNode schema = doc.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(schema.path("properties").path("targets").path("type").asText())
                    .isEqualTo("array");
            assertThat(schema.path("properties").path("total").path("type").asText())
                    .isEqualTo("integer");
            assertThat(doc.at("/paths/~1api~1v1~1import/post/responses").has("422"))
                    .isTrue();
            assertThat(doc.at("/paths/~1api~1v1~1import/post/security").isArray())
                    .isTrue();
        }
    }

    /** Hostile values: quotes, Cypher fragments, a very long value. */
    static Stream<String> hostile() {
        return Stream.of(
                "'",
                "\"",
                "}) MATCH (n) DETACH DELETE n //",
                "' OR 1=1 //",
                "x".repeat(3000),
                "nev' }) CALL { MATCH (n) DETACH DELETE n } //");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void shouldLeaveTheGraphAsItWasWhateverComesInAParameter(String value) {
        List<String> before = TestNeo4j.fingerprint(store);
        String v = encode(value);
        List<String> paths = List.of(
                "/api/v1/chains/" + v + "/map",
                "/api/v1/chains/" + v + "/map.graphml",
                "/api/v1/chains/" + v + "/gaps",
                "/api/v1/chains/" + v + "/targets",
                "/api/v1/enterprises/" + v,
                "/api/v1/enterprises/" + v + "/referrals",
                "/api/v1/enterprises/" + v + "/referrers",
                "/api/v1/parks/" + v,
                "/api/v1/chains/nev/targets?link=" + v,
                "/api/v1/chains/nev/targets?region=" + v,
                "/api/v1/chains/nev/targets?tag=" + v,
                "/api/v1/chains/nev/targets?limit=" + v,
                "/api/v1/chains/nev/targets?offset=" + v,
                "/api/v1/chains/nev/targets?q=" + v,
                "/api/v1/chains/nev/gaps?format=" + v,
                "/api/v1/enterprises?q=" + v,
                "/api/v1/enterprises?limit=" + v,
                "/api/v1/resilience?chain=" + v,
                "/api/v1/resilience?chain=nev&enterprise=" + v,
                "/api/v1/projects?chain=" + v,
                "/api/v1/projects?type=" + v,
                "/api/v1/projects?stage=" + v,
                "/api/v1/projects/summary?chain=" + v,
                "/api/v1/evaluations?year=" + v,
                "/api/v1/evaluations?year=2025&scale=" + v,
                "/api/v1/evaluations?year=2025&q=" + v,
                "/api/v1/evaluations?year=2025&limit=" + v);
        for (String path : paths) {
            HttpResponse<String> r = client.get(path);
            if (r.statusCode() == 200) {
                JsonNode body = json(r, 200);
                assertThat(Stream.of("targets", "enterprises", "projects", "rows")
                                .filter(body::has)
                                .map(body::path)
                                .toList())
                        .as("%s answers nothing", path)
                        .allSatisfy(a -> assertThat(a).isEmpty());
            } else {
                assertThat(r.statusCode()).as(path).isIn(400, 404);
                problem(r, r.statusCode());
            }
        }
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
    }
}
