package org.chainmap.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.ImportSummary;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry export imported with the Chinese headers a real one has, classified by the links' rules from links.csv,
 * then files imported again. Worked by hand:
 *
 * <pre>
 * 甲电池 3841, 动力锂电池、储能电池, scope 电芯               cell 0.5 + 0.5 + 0.15 → 1
 * 乙电机 电动机制造(3812), 驱动电机|电机控制器                  motor 0.5 + 0.5 = 1
 * 丙材料 C3985, 三元正极材料                                 cathode 0.5 + 0.5 = 1
 * 丁回收 4210, 废旧锂电池回收                                 recycling 0.5 + 0.5 = 1; cell ruled out by 回收
 * 戊贸易 批发业 (a warning), 电池/电机 (a warning)            motor 0.5 by the product alone
 * 己储能 no code, scope 储能电池系统集成                       cell 0.15: below the threshold
 * 庚电池 3841, 注销                                           skipped: never imported
 * </pre>
 */
class ClassifyImportIT {
    static final String CELL = "91370215MA00000A17";
    static final String MOTOR = "91370215MA00000B2B";
    static final String CATHODE = "91370215MA00000C3F";
    static final String RECYCLER = "91370215MA00000D4K";
    static final String TRADER = "91370215MA00000E5P";
    static final String STORAGE = "91370215MA00000F6U";
    static final String GONE = "91370215MA00000G70";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    Store store;
    ClassifyService classify;

    @BeforeEach
    void importTheExport() {
        store = TestNeo4j.clean();
        write("chains.csv", "id,name\nnev,新能源汽车\n");
        write("links.csv", """
                id,chain_id,name,stage,industry_codes,keywords,exclude_keywords
                nev.cathode,nev,正极材料,上游,3985,正极材料|三元材料|磷酸铁锂,
                nev.cell,nev,动力电池电芯,中游,C3841,锂电池|电芯|储能电池,回收
                nev.motor,nev,驱动电机,中游,3812,驱动电机|电机,
                nev.recycling,nev,动力电池回收,下游,4210,回收|梯次利用,
                """);
        write("enterprises.csv", """
                企业名称,统一社会信用代码,登记状态,成立日期,注册资本,参保人数,所属省份,所属城市,所属区县,国标行业,经营范围,主营产品
                青岛甲电池有限公司,%s,存续,2010-01-02,5000万元人民币,380,山东省,青岛市,即墨区,C3841 锂离子电池制造,锂离子电池、电芯的研发、生产和销售（依法须经批准的项目，经相关部门批准后方可开展经营活动）,动力锂电池、储能电池
                青岛乙电机有限公司,%s,在业,2018/5/6,800万,60,山东省,青岛市,即墨区,电动机制造(3812),电动机制造,驱动电机|电机控制器
                青岛丙材料有限公司,%s,存续（在营、开业、在册）,2005年3月1日,1.2亿元,900,山东省,青岛市,即墨区,C3985,电子专用材料研发,三元正极材料
                青岛丁回收有限公司,%s,存续,2016.7.8,300万,40,山东省,青岛市,即墨区,4210,再生资源回收,废旧锂电池回收
                青岛戊贸易有限公司,%s,开业,2020年12月1日,50万,3,山东省,青岛市,即墨区,批发业,五金交电批发,电池/电机
                青岛己储能有限公司,%s,存续,2021-06-01,1000万,25,山东省,青岛市,即墨区,,储能电池系统集成,
                青岛庚电池有限公司,%s,注销,2012-03-04,100万,0,山东省,青岛市,即墨区,3841,锂电池制造,锂电池
                """.formatted(CELL, MOTOR, CATHODE, RECYCLER, TRADER, STORAGE, GONE));
        ImportSummary summary = importFiles();
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.warnings()).isEqualTo(2);
        classify = new ClassifyService(store, CLOCK);
    }

    private void write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportSummary importFiles() {
        return new Importer(new Neo4jGraphWriter(store), Set.of("370215"), Progress.NONE)
                .run(ImportSource.of(dir), false);
    }

    /** The memberships of the graph as fingerprint lines. */
    private List<String> memberships() {
        return TestNeo4j.fingerprint(store).stream()
                .filter(l -> l.contains("-IN_LINK->"))
                .toList();
    }

    @Test
    void shouldInferTheWorkedMembershipsFromWhatTheExportImported() {
        assertThat(store.read("test/fingerprint-nodes", Map.of()).stream()
                        .filter(r -> r.get("label").asString().equals("Enterprise"))
                        .count())
                .as("the deregistered row is not imported")
                .isEqualTo(6);

        ClassifyRun run = classify.run(0.5, false, Progress.NONE);

        assertThat(run.enterprises()).isEqualTo(6);
        assertThat(run.memberships())
                .extracting(
                        ClassifyRun.Membership::uscc,
                        ClassifyRun.Membership::linkId,
                        ClassifyRun.Membership::confidence)
                .containsExactlyInAnyOrder(
                        tuple(CELL, "nev.cell", 1.0),
                        tuple(MOTOR, "nev.motor", 1.0),
                        tuple(CATHODE, "nev.cathode", 1.0),
                        tuple(RECYCLER, "nev.recycling", 1.0),
                        tuple(TRADER, "nev.motor", 0.5));
        assertThat(memberships()).hasSize(5).allSatisfy(l -> assertThat(l).contains("source=inferred"));
    }

    @Test
    void shouldLeaveInferredMembershipsAloneWhenTheFilesAreImportedAgain() {
        classify.run(0.5, false, Progress.NONE);
        List<String> inferred = memberships();

        ImportSummary again = importFiles();

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(memberships()).isEqualTo(inferred);
    }

    @Test
    void shouldMakeAnInferredMembershipOneFromTheFileWhenAFileRowNamesIt() {
        classify.run(0.5, false, Progress.NONE);
        write("enterprise_links.csv", "uscc,link_id,main\n" + MOTOR + ",nev.motor,true\n");

        ImportSummary summary = importFiles();

        assertThat(summary.updated()).isEqualTo(1);
        assertThat(summary.created()).isZero();
        assertThat(memberships())
                .hasSize(5)
                .filteredOn(l -> l.startsWith(MOTOR))
                .containsExactly(MOTOR + " -IN_LINK-> nev.motor {main=true}");

        // a later run keeps it as the file's, and infers the others again
        ClassifyRun again = classify.run(0.5, false, Progress.NONE);
        assertThat(again.removed()).isEqualTo(4);
        assertThat(again.memberships())
                .extracting(ClassifyRun.Membership::uscc)
                .containsExactlyInAnyOrder(CELL, CATHODE, RECYCLER, TRADER);
        assertThat(memberships())
                .filteredOn(l -> l.startsWith(MOTOR))
                .containsExactly(MOTOR + " -IN_LINK-> nev.motor {main=true}");
        assertThat(classify.review(null, 10, 0).pending())
                .extracting(Review.Pending::uscc)
                .doesNotContain(MOTOR);
    }
}
