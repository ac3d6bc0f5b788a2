package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.api.ApiClient.encode;
import static org.chainmap.api.ApiClient.json;
import static org.chainmap.api.ApiClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;
import org.chainmap.export.Labels;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The long lists page by page and searched, over the demo data set: a chain's targets, the per-mu evaluation of a
 * year, the enterprises. Every expectation is read from the whole list as the API answers it unpaged.
 */
class ApiPagingIT {
    static Javalin app;
    static ApiClient client;

    @BeforeAll
    static void start() {
        app = DemoApi.start();
        client = new ApiClient(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    /** The rows of one answer, and the answer itself. */
    private record Answer(JsonNode body, List<JsonNode> rows) {
        int total() {
            return body.path("total").asInt();
        }
    }

    private static Answer get(String path, String array) {
        JsonNode body = json(client.get(path), 200);
        List<JsonNode> rows = new ArrayList<>();
        body.path(array).forEach(rows::add);
        return new Answer(body, rows);
    }

    /** Reads a list page by page, checking each page's figures; the rows of all pages in order. */
    private static List<JsonNode> pageByPage(String path, String array, int limit) {
        List<JsonNode> rows = new ArrayList<>();
        String sep = path.contains("?") ? "&" : "?";
        int total = -1;
        for (int offset = 0; total < 0 || offset < total; offset += limit) {
            Answer page = get(path + sep + "limit=" + limit + "&offset=" + offset, array);
            if (total < 0) {
                total = page.total();
            }
            assertThat(page.total()).as("total at offset %d", offset).isEqualTo(total);
            assertThat(page.body().path("limit").asInt()).isEqualTo(limit);
            assertThat(page.body().path("offset").asInt()).isEqualTo(offset);
            assertThat(page.rows()).as("rows at offset %d", offset).hasSize(Math.min(limit, total - offset));
            rows.addAll(page.rows());
        }
        Answer past = get(path + sep + "limit=" + limit + "&offset=" + Math.max(total, 0), array);
        assertThat(past.rows()).as("a page past the end").isEmpty();
        assertThat(past.total()).isEqualTo(Math.max(total, 0));
        return rows;
    }

    private static List<String> codes(List<JsonNode> rows) {
        return rows.stream().map(r -> r.path("uscc").asText()).toList();
    }

    private static List<JsonNode> only(List<JsonNode> rows, Predicate<JsonNode> wanted) {
        return rows.stream().filter(wanted).toList();
    }

    private static Predicate<JsonNode> nameContains(String text) {
        return r -> r.path("name").asText().contains(text);
    }

    /** Each row as its rank, credit code and score: what a search must leave as it was. */
    private static List<String> ranked(List<JsonNode> rows) {
        return rows.stream()
                .map(r -> r.path("rank").asInt() + " " + r.path("uscc").asText() + " "
                        + r.path("score").asDouble())
                .toList();
    }

    private static List<CSVRecord> csv(String path) {
        var response = client.bytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return ApiClient.csvRecords(response.body());
    }

    /** The values of one column of a workbook's first sheet, under its title rows and header. */
    private static List<String> xlsxColumn(String path, String sheet, String field) throws Exception {
        var response = client.bytes(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            List<Row> all = workbook.getFirstSheet().read();
            List<Row> table = all.subList(ApiDownloadsIT.TITLE_ROWS, all.size());
            List<String> header = new ArrayList<>();
            table.getFirst().forEach(c -> header.add(c == null ? "" : c.getRawValue()));
            int column = header.indexOf(Labels.in(Labels.Lang.ZH).column(sheet, field));
            assertThat(column).as("column %s in %s", field, header).isNotNegative();
            return table.subList(1, table.size()).stream()
                    .map(r -> r.getCellAsString(column).orElse(""))
                    .toList();
        }
    }

    @Nested
    class Targets {
        static final String NEV = "/api/v1/chains/nev/targets";

        List<JsonNode> whole() {
            Answer all = get(NEV + "?limit=1000", "targets");
            assertThat(all.rows()).hasSize(all.total()).hasSizeGreaterThan(20);
            return all.rows();
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 7, 10, 50})
        void shouldPageIntoDisjointConsecutivePagesThatMakeUpTheWholeRanking(int limit) {
            List<JsonNode> whole = whole();
            List<JsonNode> paged = pageByPage(NEV, "targets", limit);
            assertThat(codes(paged)).isEqualTo(codes(whole));
            assertThat(new HashSet<>(codes(paged))).hasSize(paged.size());
            assertThat(paged).extracting(r -> r.path("rank").asInt()).isSortedAccordingTo(Integer::compare);
            assertThat(paged.getFirst().path("rank").asInt()).isEqualTo(1);
            assertThat(paged.getLast().path("rank").asInt()).isEqualTo(whole.size());
        }

        @Test
        void shouldFindTargetsByAPartOfTheNameKeepingTheirRanksAndScores() {
            List<JsonNode> expected = only(whole(), nameContains("智能驾驶"));
            assertThat(expected).hasSizeGreaterThan(2);
            Answer found = get(NEV + "?q=" + encode("智能驾驶") + "&limit=1000", "targets");
            assertThat(found.total()).isEqualTo(expected.size());
            assertThat(ranked(found.rows())).isEqualTo(ranked(expected));
            assertThat(found.rows()).extracting(r -> r.path("rank").asInt()).doesNotContain(1);
        }

        @Test
        void shouldFindATargetByItsCreditCodeInEitherCase() {
            JsonNode third = whole().get(2);
            String code = third.path("uscc").asText();
            for (String q : List.of(code, code.toLowerCase(Locale.ROOT), code.substring(4, 14))) {
                Answer found = get(NEV + "?q=" + encode(q), "targets");
                assertThat(found.total()).as(q).isEqualTo(1);
                assertThat(ranked(found.rows())).as(q).isEqualTo(ranked(List.of(third)));
                assertThat(found.rows().getFirst().path("rank").asInt()).isEqualTo(3);
            }
        }

        @Test
        void shouldPageASearchCombinedWithTheOtherFilters() {
            String region = "浙江";
            List<JsonNode> expected = only(
                    whole(),
                    r -> r.path("region").asText().contains(region)
                            && nameContains("科技").test(r));
            assertThat(expected).hasSizeGreaterThan(2);
            List<JsonNode> paged = pageByPage(NEV + "?region=" + encode(region) + "&q=" + encode("科技"), "targets", 2);
            assertThat(ranked(paged)).isEqualTo(ranked(expected));
        }

        @Test
        void shouldAnswerASearchThatFindsNothingWithNoRowsAndATotalOfZero() {
            Answer none = get(NEV + "?q=" + encode("不存在的企业名称"), "targets");
            assertThat(none.total()).isZero();
            assertThat(none.rows()).isEmpty();
        }

        @Test
        void shouldDownloadEveryTargetTheSearchFindsWhateverThePage() throws Exception {
            List<JsonNode> expected = only(whole(), nameContains("科技"));
            assertThat(expected).hasSizeGreaterThan(5);
            String path = NEV + "?q=" + encode("科技") + "&offset=5&limit=5";
            // the page's limit and offset are not filters: the address of the page without them downloads all
            String download = NEV + "?q=" + encode("科技");
            assertThat(get(path, "targets").rows()).hasSize(5);
            List<CSVRecord> rows = csv(download + "&format=csv");
            assertThat(rows).extracting(r -> r.get("uscc")).isEqualTo(codes(expected));
            assertThat(rows)
                    .extracting(r -> Integer.parseInt(r.get("rank")))
                    .isEqualTo(
                            expected.stream().map(r -> r.path("rank").asInt()).toList());
            assertThat(xlsxColumn(download + "&format=xlsx", "targets", "uscc")).isEqualTo(codes(expected));
            assertThat(csv(path + "&format=csv"))
                    .as("a download asking for a page")
                    .hasSize(5);
        }
    }

    @Nested
    class Evaluations {
        static final String ABOVE = "/api/v1/evaluations?year=2025&scale=ABOVE";

        Answer whole(String path) {
            Answer all = get(path + "&limit=1000", "rows");
            assertThat(all.rows()).hasSize(all.total());
            return all;
        }

        @Test
        void shouldAnswerTheFirstFiftyRowsByDefaultWithTheTotal() {
            Answer all = whole("/api/v1/evaluations?year=2025");
            Answer first = get("/api/v1/evaluations?year=2025", "rows");
            assertThat(all.total()).isGreaterThan(50);
            assertThat(first.total()).isEqualTo(all.total());
            assertThat(first.body().path("limit").asInt()).isEqualTo(50);
            assertThat(first.body().path("offset").asInt()).isZero();
            assertThat(codes(first.rows())).isEqualTo(codes(all.rows().subList(0, 50)));
            assertThat(first.body().path("groups")).isEqualTo(all.body().path("groups"));
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 30, 50})
        void shouldPageIntoDisjointConsecutivePagesThatMakeUpTheWholeGroup(int limit) {
            Answer whole = whole(ABOVE);
            assertThat(whole.total()).isGreaterThan(limit);
            List<JsonNode> paged = pageByPage(ABOVE, "rows", limit);
            assertThat(codes(paged)).isEqualTo(codes(whole.rows()));
            assertThat(new HashSet<>(codes(paged))).hasSize(paged.size());
            assertThat(paged)
                    .extracting(r -> r.path("rank").asInt())
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, whole.total())
                            .boxed()
                            .toList());
        }

        @Test
        void shouldFindRowsByAPartOfTheNameKeepingRanksAndTheWholeGroupsFigures() {
            Answer whole = whole(ABOVE);
            List<JsonNode> expected = only(whole.rows(), nameContains("科技"));
            assertThat(expected).hasSizeGreaterThan(10);
            Answer found = whole(ABOVE + "&q=" + encode("科技"));
            assertThat(found.total()).isEqualTo(expected.size());
            assertThat(ranked(found.rows())).isEqualTo(ranked(expected));
            assertThat(found.body().path("groups")).isEqualTo(whole.body().path("groups"));
            List<JsonNode> paged = pageByPage(ABOVE + "&q=" + encode("科技"), "rows", 10);
            assertThat(ranked(paged)).isEqualTo(ranked(expected));
        }

        @Test
        void shouldFindARowByItsCreditCodeInEitherCaseWithinItsClass() {
            Answer whole = whole(ABOVE);
            JsonNode row = whole.rows().get(whole.total() / 2);
            String code = row.path("uscc").asText();
            Answer found = get(
                    ABOVE + "&class=" + row.path("class").asText() + "&q=" + encode(code.toLowerCase(Locale.ROOT)),
                    "rows");
            assertThat(found.total()).isEqualTo(1);
            assertThat(ranked(found.rows())).isEqualTo(ranked(List.of(row)));
            String other = row.path("class").asText().equals("A") ? "D" : "A";
            assertThat(get(ABOVE + "&class=" + other + "&q=" + encode(code), "rows")
                            .total())
                    .isZero();
        }

        @Test
        void shouldDownloadEveryRowTheFiltersLetThroughNotOnlyTheFirstPage() throws Exception {
            String path = "/api/v1/evaluations?year=2025&q=" + encode("青岛");
            List<JsonNode> expected = pageByPage(path, "rows", 50);
            assertThat(expected).hasSizeGreaterThan(100);
            assertThat(expected)
                    .allSatisfy(r -> assertThat(r.path("name").asText()).contains("青岛"));
            List<CSVRecord> rows = csv(path + "&format=csv");
            assertThat(rows).extracting(r -> r.get("uscc")).isEqualTo(codes(expected));
            assertThat(rows)
                    .extracting(r -> Integer.parseInt(r.get("rank")))
                    .isEqualTo(
                            expected.stream().map(r -> r.path("rank").asInt()).toList());
            assertThat(xlsxColumn(path + "&format=xlsx", "evaluations", "uscc")).isEqualTo(codes(expected));
            assertThat(csv(path + "&limit=20&offset=40&format=csv"))
                    .extracting(r -> r.get("uscc"))
                    .isEqualTo(codes(expected.subList(40, 60)));
        }
    }

    @Nested
    class Enterprises {
        @Test
        void shouldPageASearchWithItsTotal() {
            String path = "/api/v1/enterprises?q=" + encode("青岛");
            Answer all = get(path + "&limit=1000", "enterprises");
            assertThat(all.total()).isGreaterThan(100).isEqualTo(all.rows().size());
            assertThat(codes(pageByPage(path, "enterprises", 50))).isEqualTo(codes(all.rows()));
        }
    }

    @Nested
    class BadPages {
        @ParameterizedTest
        @ValueSource(
                strings = {
                    "/api/v1/chains/nev/targets",
                    "/api/v1/evaluations?year=2025",
                    "/api/v1/enterprises?q=" + "%E9%9D%92"
                })
        void shouldRefuseALimitOrOffsetOutOfRangeWithAProblemNamingIt(String path) {
            String sep = path.contains("?") ? "&" : "?";
            assertThat(detail(path + sep + "limit=0"))
                    .isEqualTo("parameter 'limit': must be between 1 and 1000, got 0");
            assertThat(detail(path + sep + "limit=1001"))
                    .isEqualTo("parameter 'limit': must be between 1 and 1000, got 1001");
            assertThat(detail(path + sep + "limit=ten")).isEqualTo("parameter 'limit': not a whole number: 'ten'");
            assertThat(detail(path + sep + "offset=-1")).isEqualTo("parameter 'offset': must not be negative, got -1");
            assertThat(detail(path + sep + "offset=1.5")).isEqualTo("parameter 'offset': not a whole number: '1.5'");
            assertThat(detail(path + sep + "limit=0&format=csv"))
                    .as("a download")
                    .isEqualTo("parameter 'limit': must be between 1 and 1000, got 0");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/api/v1/chains/nev/targets", "/api/v1/evaluations?year=2025"})
        void shouldRefuseASearchTextOverTwoHundredCharacters(String path) {
            String sep = path.contains("?") ? "&" : "?";
            assertThat(detail(path + sep + "q=" + "x".repeat(201)))
                    .isEqualTo("parameter 'q': longer than 200 characters");
        }

        private String detail(String path) {
            return problem(client.get(path), 400).path("detail").asText();
        }
    }
}
