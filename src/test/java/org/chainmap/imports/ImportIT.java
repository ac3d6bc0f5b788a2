package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.report.Counts;
import org.chainmap.report.ReportService;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportIT {
    private static final Set<String> LOCAL = Set.of("370215", "370282");

    @TempDir
    Path dir;

    Store store;

    @BeforeEach
    void cleanGraph() {
        store = TestNeo4j.clean();
        Fixtures.copy("small", dir);
    }

    private ImportSummary importFrom(Path path) {
        return new Importer(new Neo4jGraphWriter(store), LOCAL, Progress.NONE).run(ImportSource.of(path), false);
    }

    private Counts counts() {
        return new ReportService(store, "区工业和信息化局").counts();
    }

    @Test
    void shouldWriteEveryKindOfNodeAndTie() {
        ImportSummary summary = importFrom(dir);
        assertThat(counts()).isEqualTo(new Counts(2, 6, 6, 3, 5, 1, 2, 3));
        assertThat(summary.updated()).isZero();
        // 2 chains + 6 links + 6 enterprises + 2 parks + 3 projects + 2 stage events + 2 visits + 3 evaluations
        assertThat(summary.files())
                .filteredOn(f -> f.nodesCreated() > 0)
                .extracting(ImportSummary.FileSummary::nodesCreated)
                .containsExactly(2L, 6L, 6L, 2L, 3L, 2L, 2L, 3L);
        // HAS_LINK 6, FEEDS 5, IN_LINK 7, SUPPLIES 5, LEADS 1, FOCUSES_ON 3, LOCATED_IN 1,
        // project ties 3 + 5 + 3 (FOR_CHAIN, FILLS, INVESTOR; P2 also REFERRED_BY, IN_PARK), HAD_STAGE 3 (each
        // project's first stage event, counted with its tie), HAD_STAGE 2 (the ledger's events), TO 2 and MENTIONS 1
        // (the visits), HAS_EVALUATION 3
        assertThat(summary.created()).isEqualTo(26 + 6 + 5 + 7 + 5 + 1 + 3 + 1 + 11 + 3 + 2 + 3 + 3);
    }

    @Test
    void shouldChangeNothingWhenTheSameFilesAreImportedAgain() {
        importFrom(dir);
        List<String> before = TestNeo4j.fingerprint(store);
        ImportSummary again = importFrom(dir);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
    }

    @Test
    void shouldUpdateChangedValuesAndKeepUnknownOnes() {
        importFrom(dir);
        Fixtures.write(dir, "enterprises.csv", "uscc,name,revenue\n" + Fixtures.BATTERY + ",青岛甲电池有限公司,60000\n");
        keepOnly(dir, "enterprises.csv");
        ImportSummary summary = importFrom(dir);
        assertThat(summary.updated()).isEqualTo(1);
        var props = store.read("test/fingerprint-nodes", Map.of()).stream()
                .filter(r -> r.get("label").asString().equals("Enterprise"))
                .map(r -> r.get("props").asMap())
                .filter(p -> Fixtures.BATTERY.equals(p.get("uscc")))
                .findFirst()
                .orElseThrow();
        assertThat(props)
                .containsEntry("revenue", 60000.0)
                .containsEntry("tax", 2100.0)
                .containsEntry("local", true);
    }

    @Test
    void shouldMoveAProjectToItsNewPark() {
        importFrom(dir);
        Fixtures.write(dir, "projects.csv", "id,name,type,stage,park_id\nP2,芯片项目,REFERRAL,SIGNED,pk1\n");
        keepOnly(dir, "projects.csv");
        importFrom(dir);
        assertThat(TestNeo4j.fingerprint(store))
                .contains("P2 -IN_PARK-> pk1 {}")
                .doesNotContain("P2 -IN_PARK-> pk2 {}");
    }

    @Test
    void shouldLeaveTheGraphUnchangedWhenTheInputHasProblems() {
        importFrom(dir);
        List<String> before = TestNeo4j.fingerprint(store);
        Fixtures.append(dir, "chains.csv", "food,食品饮料,Food,,3");
        Fixtures.append(dir, "supplies.csv", Fixtures.BATTERY + "," + Fixtures.BATTERY + ",1,2020,,0.5");
        assertThatThrownBy(() -> importFrom(dir)).isInstanceOf(ImportRejectedException.class);
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
    }

    @Test
    void shouldResolveReferencesToWhatAnEarlierImportWrote() {
        importFrom(dir);
        Fixtures.write(
                dir,
                "supplies.csv",
                "supplier_uscc,customer_uscc,value\n" + Fixtures.CHIPS + "," + Fixtures.BATTERY + ",700\n");
        keepOnly(dir, "supplies.csv");
        assertThat(importFrom(dir).created()).isEqualTo(1);
        assertThat(counts().supplies()).isEqualTo(6);
    }

    /** 注册资本 as registry exports write it, stored as {@code registeredCapital} in 万元 of CNY. */
    @Nested
    class RegisteredCapitals {
        /** Header and rows of an enterprises file as a registry export has it, capital cells as given. */
        private String registryExport(String battery, String motor, String materials, String chips, String assembler) {
            return "统一社会信用代码,公司名称,注册资本,参保人数\n"
                    + Fixtures.BATTERY + ",青岛甲电池有限公司," + battery + ",380\n"
                    + Fixtures.MOTOR + ",青岛乙电机有限公司," + motor + ",60\n"
                    + Fixtures.MATERIALS + ",苏州丙材料有限公司," + materials + ",900\n"
                    + Fixtures.CHIPS + ",深圳丁芯片有限公司," + chips + ",2000\n"
                    + Fixtures.ASSEMBLER + ",青岛戊整车有限公司," + assembler + ",5000\n"
                    + Fixtures.RECYCLER + ",宁波己回收有限公司,暂无,\n";
        }

        private Map<String, Object> capitals() {
            Map<String, Object> byCode = new java.util.TreeMap<>();
            store.read("test/fingerprint-nodes", Map.of()).stream()
                    .filter(r -> r.get("label").asString().equals("Enterprise"))
                    .map(r -> r.get("props").asMap())
                    .forEach(p -> byCode.put((String) p.get("uscc"), p.get("registeredCapital")));
            return byCode;
        }

        @Test
        void shouldCreateEnterprisesWithTheirCapitalInWanYuan() {
            Fixtures.write(
                    dir, "enterprises.csv", registryExport("5000万元人民币", "1.5亿", "10000000元", "500万美元", "\"1,000万元\""));
            keepOnly(dir, "enterprises.csv");

            assertThat(importFrom(dir).files().getFirst().nodesCreated()).isEqualTo(6);
            assertThat(capitals())
                    .containsEntry(Fixtures.BATTERY, 5000.0)
                    .containsEntry(Fixtures.MOTOR, 15000.0)
                    .containsEntry(Fixtures.MATERIALS, 1000.0)
                    .containsEntry(Fixtures.CHIPS, 3550.0) // 500 万 × 7.1
                    .containsEntry(Fixtures.ASSEMBLER, 1000.0)
                    .containsEntry(Fixtures.RECYCLER, null);
        }

        @Test
        void shouldUpdateKnownEnterprisesAndKeepTheirCapitalWhenACellIsEmpty() {
            importFrom(dir);
            assertThat(capitals())
                    .as("the fixture's own forms")
                    .containsEntry(Fixtures.BATTERY, 5000.0)
                    .containsEntry(Fixtures.MOTOR, 800.0)
                    .containsEntry(Fixtures.MATERIALS, 12000.0)
                    .containsEntry(Fixtures.CHIPS, 14200.0) // 2000 万 × 7.1
                    .containsEntry(Fixtures.ASSEMBLER, 300000.0);
            Fixtures.write(dir, "enterprises.csv", registryExport("6000万人民币", "800万", "200万欧元", "1000万港币", "1000万日元"));
            keepOnly(dir, "enterprises.csv");

            assertThat(importFrom(dir).updated()).isEqualTo(4);
            Map<String, Object> updated = capitals();
            assertThat(updated)
                    .containsEntry(Fixtures.BATTERY, 6000.0)
                    .containsEntry(Fixtures.MOTOR, 800.0)
                    .containsEntry(Fixtures.MATERIALS, 1560.0) // 200 × 7.8
                    .containsEntry(Fixtures.CHIPS, 910.0) // 1000 × 0.91
                    .containsEntry(Fixtures.ASSEMBLER, 48.0); // 1000 × 0.048
            List<String> before = TestNeo4j.fingerprint(store);

            Fixtures.write(dir, "enterprises.csv", registryExport("", "-", "不详", "—", "无"));
            ImportSummary again = importFrom(dir);

            assertThat(again.updated()).isZero();
            assertThat(capitals()).isEqualTo(updated);
            assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
        }

        @Test
        void shouldRejectAValueItCannotReadNamingFileLineAndFieldAndWriteNothing() {
            Fixtures.write(dir, "enterprises.csv", registryExport("5000万元", "很多", "1.2亿元", "-300万", "100万卢布"));
            List<String> before = TestNeo4j.fingerprint(store);

            assertThatThrownBy(() -> importFrom(dir))
                    .isInstanceOfSatisfying(
                            ImportRejectedException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::toString)
                                    .containsExactly(
                                            dir.resolve("enterprises.csv") + ":3: registered_capital: not an amount: "
                                                    + "'很多' (expected a form such as 1000万元, 1.5亿元, 10000000元, "
                                                    + "500万美元 or a number of 万元)",
                                            dir.resolve("enterprises.csv")
                                                    + ":5: registered_capital: must not be negative: '-300万'",
                                            dir.resolve("enterprises.csv")
                                                    + ":6: registered_capital: unknown currency '卢布' in '100万卢布'"));
            assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
            assertThat(counts().enterprises()).isZero();
        }
    }

    /** What classification reads: industry code, business scope and products, never erased by what a row lacks. */
    @Nested
    class ClassificationInputs {
        private Map<String, Object> enterprise(String uscc) {
            return store.read("test/fingerprint-nodes", Map.of()).stream()
                    .filter(r -> r.get("label").asString().equals("Enterprise"))
                    .map(r -> r.get("props").asMap())
                    .filter(p -> uscc.equals(p.get("uscc")))
                    .findFirst()
                    .orElseThrow();
        }

        @Test
        void shouldStoreTheCodeDigitsTheScopeAndTheProductItems() {
            importFrom(dir);
            assertThat(enterprise(Fixtures.BATTERY))
                    .containsEntry("industryCode", "3841")
                    .containsEntry("products", List.of("动力锂电池", "储能电池"))
                    .containsEntry("region", "山东省青岛市即墨区")
                    .hasEntrySatisfying(
                            "businessScope", s -> assertThat((String) s).startsWith("锂离子电池、电池管理系统"));
            assertThat(enterprise(Fixtures.MATERIALS)).containsEntry("products", List.of("三元正极材料", "磷酸铁锂"));
            assertThat(enterprise(Fixtures.RECYCLER)).doesNotContainKeys("industryCode", "businessScope", "products");
        }

        @Test
        void shouldKeepKnownValuesWhereACellIsEmptyAPlaceholderOrUnreadable() {
            importFrom(dir);
            List<String> before = TestNeo4j.fingerprint(store);
            Fixtures.write(
                    dir,
                    "enterprises.csv",
                    "统一社会信用代码,企业名称,国标行业,经营范围,主营产品,登记状态\n"
                            + Fixtures.BATTERY + ",青岛甲电池有限公司,制造业,（依法须经批准的项目，经相关部门批准后方可开展经营活动）,,存续\n"
                            + Fixtures.MOTOR + ",青岛乙电机有限公司,-,暂无,-,在业\n"
                            + Fixtures.MATERIALS + ",苏州丙材料有限公司,,,,\n"
                            // a known enterprise whose registration ended since: its row is skipped, its node kept
                            + Fixtures.CHIPS + ",深圳丁芯片有限公司,6520,芯片设计,芯片,注销\n");
            keepOnly(dir, "enterprises.csv");

            ImportSummary summary = importFrom(dir);

            assertThat(summary.updated()).isZero();
            assertThat(summary.skipped()).isEqualTo(1);
            assertThat(summary.warnings()).isEqualTo(2);
            assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
        }

        @Test
        void shouldReplaceKnownValuesWithNewOnes() {
            importFrom(dir);
            Fixtures.write(
                    dir,
                    "enterprises.csv",
                    "uscc,name,industry_code,products\n" + Fixtures.BATTERY + ",青岛甲电池有限公司,C3849,燃料电池\n");
            keepOnly(dir, "enterprises.csv");

            assertThat(importFrom(dir).updated()).isEqualTo(1);
            assertThat(enterprise(Fixtures.BATTERY))
                    .containsEntry("industryCode", "3849")
                    .containsEntry("products", List.of("燃料电池"))
                    .hasEntrySatisfying(
                            "businessScope", s -> assertThat((String) s).startsWith("锂离子电池"));
        }
    }

    @Nested
    class Interrupted {
        @TempDir
        Path partial;

        @Test
        void shouldCompleteToTheSameGraphWhenRunAgain() throws IOException {
            importFrom(dir);
            List<String> complete = TestNeo4j.fingerprint(store);
            TestNeo4j.clean();
            // what a kill halfway leaves: the first files written, the next one half-written
            for (String f : List.of("chains.csv", "links.csv", "link_flows.csv", "enterprises.csv")) {
                Files.copy(dir.resolve(f), partial.resolve(f));
            }
            List<String> lines = Files.readAllLines(dir.resolve("enterprise_links.csv"));
            Files.write(partial.resolve("enterprise_links.csv"), lines.subList(0, 4));
            importFrom(partial);

            importFrom(dir);
            assertThat(TestNeo4j.fingerprint(store)).isEqualTo(complete);
        }
    }

    @Nested
    class Workbooks {
        @TempDir
        Path books;

        @Test
        void shouldImportAWorkbookToTheSameGraphAsTheCsvFolder() throws IOException {
            importFrom(dir);
            List<String> fromCsv = TestNeo4j.fingerprint(store);
            TestNeo4j.clean();
            Path book = books.resolve("chains.xlsx");
            Fixtures.workbook(dir, book);
            importFrom(book);
            assertThat(TestNeo4j.fingerprint(store)).isEqualTo(fromCsv);
        }

        @Test
        void shouldNameTheSheetAndRowOfAProblem() throws IOException {
            Fixtures.append(dir, "chains.csv", "nev,重复,,,");
            Path book = books.resolve("bad.xlsx");
            Fixtures.workbook(dir, book);
            assertThatThrownBy(() -> importFrom(book))
                    .isInstanceOfSatisfying(
                            ImportRejectedException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::toString)
                                    .containsExactly("bad.xlsx#chains:4: duplicate of line 2"));
            assertThat(counts().chains()).isZero();
        }
    }

    private static void keepOnly(Path folder, String file) {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                if (!p.getFileName().toString().equals(file)) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
