package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.api.ApiClient.encode;
import static org.chainmap.api.ApiClient.json;
import static org.chainmap.api.ApiClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.domain.Uscc;
import org.chainmap.imports.Fixtures;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/import}: the CLI's rules over HTTP, all or nothing, and what it makes the analyses answer. */
class ImportApiIT {
    private static final String EDITOR = "editor-token-0123456789";
    static Store store;
    static Javalin app;
    static ApiClient editor;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        store = TestNeo4j.store();
        app = ApiServer.create(
                        Services.over(store, AnalysisConfig.load(null, Map.of()), "区工业和信息化局"),
                        ApiSettings.defaults("127.0.0.1").withTokens(AccessTokens.of(Map.of(EDITOR, Role.EDITOR))))
                .start("127.0.0.1", 0);
        editor = new ApiClient(app.port()).withToken(EDITOR);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @BeforeEach
    void clean() {
        TestNeo4j.clean();
    }

    private List<Path> files(Path folder) throws Exception {
        try (Stream<Path> all = Files.list(folder)) {
            return all.sorted().toList();
        }
    }

    @Test
    void shouldImportUploadedCsvFilesAndAnswerTheNewGraphAtOnce() throws Exception {
        assertThat(json(editor.get("/api/v1/chains"), 200).path("chains")).isEmpty();

        JsonNode summary = json(editor.upload("/api/v1/import", files(Fixtures.copy("small", dir))), 200);

        assertThat(summary.path("dryRun").asBoolean()).isFalse();
        assertThat(summary.path("created").asLong()).isPositive();
        assertThat(summary.path("source").asText()).doesNotContain(System.getProperty("java.io.tmpdir"));
        JsonNode chains = json(editor.get("/api/v1/chains"), 200).path("chains");
        assertThat(chains).extracting(c -> c.path("id").asText()).containsExactlyInAnyOrder("nev", "ic");
        assertThat(json(editor.get("/api/v1/chains/nev/gaps"), 200).path("links"))
                .isNotEmpty();
    }

    @Test
    void shouldShowAnEnterprisesRegisteredCapitalInWanYuanWhereItIsKnown() throws Exception {
        json(editor.upload("/api/v1/import", files(Fixtures.copy("small", dir))), 200);

        JsonNode chips = json(editor.get("/api/v1/enterprises/" + Fixtures.CHIPS), 200);
        assertThat(chips.path("registeredCapital").asDouble())
                .as("2000万美元 at 7.1")
                .isEqualTo(14200.0);
        assertThat(json(editor.get("/api/v1/enterprises/" + Fixtures.RECYCLER), 200)
                        .has("registeredCapital"))
                .isFalse();
    }

    @Test
    void shouldAnswerWhichRowsWereSkippedAndWhichCellsWarnedAbout() throws Exception {
        Path in = Fixtures.copy("small", dir);
        Fixtures.append(in, "enterprises.csv", "91370215MA00000A17,青岛庚电池有限公司,山东省青岛市即墨区,,,,,,,,,,3841,,,注销,,,,");
        Fixtures.append(in, "enterprises.csv", "91370215MA00000B2B,青岛辛贸易有限公司,山东省青岛市即墨区,,,,,,,,,,批发业,-,电池/电机,存续,,,,");

        JsonNode summary = json(editor.upload("/api/v1/import", files(in)), 200);

        assertThat(summary.path("skipped").asLong()).isEqualTo(1);
        assertThat(summary.path("warnings").asLong()).isEqualTo(2);
        JsonNode enterprises = null;
        for (JsonNode f : summary.path("files")) {
            if (f.path("file").asText().equals("enterprises.csv")) {
                enterprises = f;
            }
        }
        assertThat(enterprises).isNotNull();
        assertThat(enterprises.path("skippedBecause").get(0).path("reason").asText())
                .isEqualTo("status 注销");
        assertThat(enterprises.path("firstWarnings"))
                .extracting(
                        w -> w.path("line").asLong() + " " + w.path("column").asText())
                .containsExactly("9 industry_code", "9 products");
        assertThat(enterprises.path("firstWarnings").get(0).path("file").asText())
                .isEqualTo("enterprises.csv");
        JsonNode detail = json(editor.get("/api/v1/enterprises/" + Fixtures.BATTERY), 200);
        assertThat(detail.path("industryCode").asText()).isEqualTo("3841");
        assertThat(detail.path("products")).extracting(JsonNode::asText).containsExactly("动力锂电池", "储能电池");
        assertThat(problem(editor.get("/api/v1/enterprises/91370215MA00000A17"), 404))
                .as("the deregistered enterprise is not imported")
                .isNotNull();
    }

    @Test
    void shouldAnswerADownloadFromTheNewGraphAfterAnImport() throws Exception {
        Path in = Fixtures.copy("small", dir);
        json(editor.upload("/api/v1/import", files(in)), 200);
        String before = new String(editor.bytes("/api/v1/chains?format=csv").body(), StandardCharsets.UTF_8);
        assertThat(before).contains("新能源汽车").doesNotContain("食品饮料");

        Path more = Files.createDirectories(dir.resolve("more"));
        Files.writeString(more.resolve("chains.csv"), "id,name\nfood,食品饮料\n");
        json(editor.upload("/api/v1/import", List.of(more.resolve("chains.csv"))), 200);

        assertThat(new String(editor.bytes("/api/v1/chains?format=csv").body(), StandardCharsets.UTF_8))
                .contains("新能源汽车")
                .contains("食品饮料");
    }

    @Test
    void shouldAnswerTheGapsOfAChainWhoseIdIsAllOrHoldsAColon() throws Exception {
        Path in = Files.createDirectories(dir.resolve("ids"));
        Files.writeString(in.resolve("chains.csv"), "id,name\nall,全部链\na:b,冒号链\n");
        Files.writeString(in.resolve("links.csv"), "id,chain_id,name,stage\nall.one,all,一环,上游\na:b.one,a:b,冒号环,下游\n");
        json(editor.upload("/api/v1/import", files(in)), 200);

        JsonNode all = json(editor.get("/api/v1/chains/all/gaps"), 200);
        assertThat(all.path("chain").path("id").asText()).isEqualTo("all");
        assertThat(all.path("links").get(0).path("linkId").asText()).isEqualTo("all.one");
        assertThat(json(editor.get("/api/v1/gaps"), 200).path("chains")).hasSize(2);
        assertThat(json(editor.get("/api/v1/chains/all/gaps"), 200)).isEqualTo(all);
        JsonNode colon = json(editor.get("/api/v1/chains/a:b/gaps"), 200);
        assertThat(colon.path("links").get(0).path("linkId").asText()).isEqualTo("a:b.one");
    }

    @Test
    void shouldRefuseOnImportAnIdTheApiCouldNotBeAskedFor() throws Exception {
        Path in = Files.createDirectories(dir.resolve("slash"));
        Files.writeString(in.resolve("chains.csv"), "id,name\na/b,斜杠链\n");
        JsonNode problem = problem(editor.upload("/api/v1/import", files(in)), 422);
        assertThat(problem.path("errors").get(0).asText())
                .isEqualTo("chains.csv:2: id: not a valid id: 'a/b' (a letter or digit, then letters, digits, '.', '_',"
                        + " '-' or ':', at most 100 in all)");
    }

    @Test
    void shouldChangeNothingWhenTheSameFilesComeAgain() throws Exception {
        List<Path> files = files(Fixtures.copy("small", dir));
        json(editor.upload("/api/v1/import", files), 200);
        List<String> before = TestNeo4j.fingerprint(store);

        JsonNode again = json(editor.upload("/api/v1/import", files), 200);

        assertThat(again.path("created").asLong()).isZero();
        assertThat(again.path("updated").asLong()).isZero();
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
    }

    @Test
    void shouldReportEveryProblemByFileLineAndColumnAndWriteNothing() throws Exception {
        Path in = Fixtures.copy("small", dir);
        Files.writeString(
                in.resolve("enterprises.csv"),
                "91370215MA00000019,坏码企业,山东省青岛市即墨区,,规上,1,1,1,1,1,2010,\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(
                in.resolve("supplies.csv"),
                Files.readString(in.resolve("supplies.csv")).stripTrailing() + "\n" + Fixtures.BATTERY + ","
                        + Fixtures.MOTOR + ",100,2020,survey,1.5\n");

        JsonNode problem = problem(editor.upload("/api/v1/import", files(in)), 422);

        List<String> errors = new ArrayList<>();
        problem.path("errors").forEach(e -> errors.add(e.asText()));
        assertThat(errors)
                .anySatisfy(e -> assertThat(e).startsWith("enterprises.csv:").contains(": uscc: "))
                .anySatisfy(e -> assertThat(e).startsWith("supplies.csv:").contains(": confidence: "));
        assertThat(problem.path("detail").asText()).contains("nothing was written");
        assertThat(TestNeo4j.fingerprint(store)).isEmpty();
    }

    @Test
    void shouldOnlyCheckOnADryRun() throws Exception {
        JsonNode summary = json(editor.upload("/api/v1/import?dryRun=true", files(Fixtures.copy("small", dir))), 200);
        assertThat(summary.path("dryRun").asBoolean()).isTrue();
        assertThat(summary.path("rows").asLong()).isPositive();
        assertThat(TestNeo4j.fingerprint(store)).isEmpty();
    }

    @Test
    void shouldImportOneWorkbookWhateverItsName() throws Exception {
        Path book = Files.createDirectories(dir.resolve("book")).resolve("即墨区产业链.xlsx");
        Fixtures.workbook(Fixtures.copy("small", Files.createDirectories(dir.resolve("csv"))), book);
        assertThat(json(editor.upload("/api/v1/import", List.of(book)), 200)
                        .path("source")
                        .asText())
                .isEqualTo("即墨区产业链.xlsx");
        assertThat(json(editor.get("/api/v1/chains"), 200).path("chains")).hasSize(2);
    }

    @Test
    void shouldRefuseFilesThatAreNotOfTheFormat() throws Exception {
        Path other = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThat(problem(editor.upload("/api/v1/import", List.of(other)), 400)
                        .path("detail")
                        .asText())
                .contains("files");
        problem(editor.post("/api/v1/import", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(TestNeo4j.fingerprint(store)).isEmpty();
    }

    @Test
    void shouldNeutraliseFormulasInDownloadsWithoutLosingTheText() throws Exception {
        Path in = Files.createDirectories(dir.resolve("formulas"));
        List<String> names =
                List.of("=HYPERLINK(\"http://x\",\"点我\")", "+1+2", "-3+4", "@SUM(A1)", "=cmd|' /C calc'!A0");
        StringBuilder csv = new StringBuilder("uscc,name,region,local\n");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String base = "91370215MA" + String.format("%07d", i + 1);
            String code = base + Uscc.checkCharacter(base);
            codes.add(code);
            csv.append(code)
                    .append(",\"")
                    .append(names.get(i).replace("\"", "\"\""))
                    .append("\",=1+1,是\n");
        }
        Files.writeString(in.resolve("enterprises.csv"), csv.toString());
        json(editor.upload("/api/v1/import", List.of(in.resolve("enterprises.csv"))), 200);

        byte[] body =
                editor.bytes("/api/v1/enterprises?q=91370215MA&format=csv").body();
        List<CSVRecord> rows = ApiClient.csvRecords(body);
        assertThat(rows).hasSize(names.size());
        for (CSVRecord r : rows) {
            String name = names.get(codes.indexOf(r.get("uscc")));
            assertThat(r.get("name")).isEqualTo("'" + name);
            assertThat(r.get("region")).isEqualTo("'=1+1");
        }

        byte[] xlsx = editor.bytes("/api/v1/enterprises?q=" + encode("91370215MA") + "&format=xlsx")
                .body();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var all = workbook.getFirstSheet().read();
            var read = all.subList(ApiDownloadsIT.TITLE_ROWS, all.size());
            assertThat(read).hasSize(names.size() + 1);
            assertThat(all.get(1).getCellAsString(0).orElseThrow())
                    .as("a filter in the title rows, neutralised like every cell")
                    .contains("91370215MA");
            for (var row : read.subList(1, read.size())) {
                row.forEach(c ->
                        assertThat(c == null || c.getType() != CellType.FORMULA).isTrue());
                String text = row.getCellAsString(1).orElseThrow();
                assertThat(text).startsWith("'");
                assertThat(names).contains(text.substring(1));
            }
        }
    }
}
