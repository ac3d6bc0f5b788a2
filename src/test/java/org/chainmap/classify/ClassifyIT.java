package org.chainmap.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.analysis.targets.Page;
import org.chainmap.analysis.targets.TargetFilter;
import org.chainmap.analysis.targets.TargetRow;
import org.chainmap.classify.Decision.Verdict;
import org.chainmap.imports.Progress;
import org.chainmap.store.Queries;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Classification over a real store. Links: nev.cell (code 3841; 锂电池, 电芯; not 回收), nev.material (code 384;
 * 正极材料), nev.motor (电机). Enterprises, worked by hand:
 *
 * <pre>
 * E1 3841, product 动力锂电池, scope 电芯制造      cell 0.5 + 0.5 + 0.15 → 1; material 0.35
 * E2 3841, product 正极材料                       material 0.35 + 0.5 = 0.85; cell 0.5
 * E3 3841, in nev.cell by a file                  cell left alone; material 0.35
 * E4 3841, named 电池回收                          cell ruled out; material 0.35
 * E5 nothing to read                              not read
 * E6 product 驱动电机                              motor 0.5
 * </pre>
 */
class ClassifyIT {
    static final String E1 = "91370215MA000000E1";
    static final String E2 = "91370215MA000000E2";
    static final String E3 = "91370215MA000000E3";
    static final String E4 = "91370215MA000000E4";
    static final String E5 = "91370215MA000000E5";
    static final String E6 = "91370215MA000000E6";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    private Store store;
    private ClassifyService service;

    @BeforeEach
    void fixture() {
        store = TestNeo4j.clean();
        Map<String, Object> params = new HashMap<>();
        params.put(
                "links",
                List.of(
                        link("nev.cell", List.of("3841"), List.of("锂电池", "电芯"), List.of("回收")),
                        link("nev.material", List.of("384"), List.of("正极材料"), List.of()),
                        link("nev.motor", List.of(), List.of("电机"), List.of())));
        params.put(
                "enterprises",
                List.of(
                        enterprise(E1, "甲电池", "3841", List.of("动力锂电池"), "电芯制造"),
                        enterprise(E2, "乙材料", "3841", List.of("正极材料"), null),
                        enterprise(E3, "丙电芯", "3841", null, null),
                        enterprise(E4, "丁电池回收", "3841", null, null),
                        enterprise(E5, "戊贸易", null, null, null),
                        enterprise(E6, "己电驱", null, List.of("驱动电机"), null)));
        params.put("memberships", List.of(Map.of("uscc", E3, "linkId", "nev.cell")));
        store.writeTransaction(
                tx -> tx.run(Queries.text("test/classify-fixture"), params).consume());
        service = new ClassifyService(store, CLOCK);
    }

    private static Map<String, Object> link(String id, List<String> codes, List<String> keywords, List<String> excl) {
        return Map.of("id", id, "industryCodes", codes, "keywords", keywords, "excludeKeywords", excl);
    }

    private static Map<String, Object> enterprise(
            String uscc, String name, String code, List<String> products, String scope) {
        Map<String, Object> e = new HashMap<>();
        e.put("uscc", uscc);
        e.put("name", name);
        e.put("local", false);
        e.put("industryCode", code);
        e.put("products", products);
        e.put("businessScope", scope);
        return e;
    }

    /** The memberships of the graph as "uscc link source". */
    private List<String> memberships() {
        List<String> out = new ArrayList<>();
        for (String line : TestNeo4j.fingerprint(store)) {
            if (line.contains("-IN_LINK->")) {
                out.add(line);
            }
        }
        return out;
    }

    @Test
    void shouldAssignTheWorkedConfidencesWithoutWritingInADryRun() {
        List<String> before = TestNeo4j.fingerprint(store);
        ClassifyRun run = service.run(0.5, true, Progress.NONE);

        assertThat(run.enterprises()).isEqualTo(5);
        assertThat(run.memberships())
                .extracting(
                        ClassifyRun.Membership::uscc,
                        ClassifyRun.Membership::linkId,
                        ClassifyRun.Membership::confidence)
                .containsExactly(
                        tuple(E1, "nev.cell", 1.0),
                        tuple(E2, "nev.material", 0.85),
                        tuple(E2, "nev.cell", 0.5),
                        tuple(E6, "nev.motor", 0.5));
        assertThat(run.assigned()).isEqualTo(4);
        assertThat(run.links())
                .extracting(ClassifyRun.LinkCount::linkId, ClassifyRun.LinkCount::count)
                .containsExactly(tuple("nev.cell", 2L), tuple("nev.material", 1L), tuple("nev.motor", 1L));
        assertThat(TestNeo4j.fingerprint(store)).isEqualTo(before);
    }

    @Test
    void shouldWriteInferredMembershipsWithEvidenceAndLeaveTheFilesOnesAlone() {
        long version = store.graphVersion();
        ClassifyRun run = service.run(0.5, false, Progress.NONE);

        assertThat(run.assigned()).isEqualTo(4);
        assertThat(store.graphVersion()).isGreaterThan(version);
        assertThat(memberships())
                .hasSize(5)
                .anySatisfy(l -> assertThat(l).startsWith(E3).contains("-IN_LINK-> nev.cell {}"))
                .filteredOn(l -> l.startsWith(E1))
                .singleElement()
                .satisfies(l -> assertThat(l).contains("source=inferred", "confidence=1.0", "锂电池"));
        Review review = service.review("nev.cell", 10, 0);
        assertThat(review.total()).isEqualTo(2);
        assertThat(review.pending()).extracting(Review.Pending::uscc).containsExactly(E2, E1);
        Basis e1 = review.pending().get(1).evidence();
        assertThat(e1.codePart()).isEqualTo(0.5);
        assertThat(e1.product()).isEqualTo("动力锂电池");
        assertThat(e1.scopeKeywords()).containsExactly("电芯");
    }

    @Test
    void shouldKeepReviewDecisionsThroughALaterRun() {
        service.run(0.5, false, Progress.NONE);
        Decided decided = service.decide(
                List.of(
                        new Decision(E2, "nev.cell", Verdict.ACCEPT),
                        new Decision(E6, "nev.motor", Verdict.REJECT),
                        new Decision(E5, "nev.motor", Verdict.REJECT)),
                "李审核");
        assertThat(decided.accepted()).isEqualTo(1);
        assertThat(decided.rejected()).isEqualTo(1);
        assertThat(decided.notPending()).extracting(Decision::uscc).containsExactly(E5);

        ClassifyRun again = service.run(0.5, false, Progress.NONE);

        // E1 cell and E2 material inferred again; E2 cell kept as reviewed; E6 motor never inferred again
        assertThat(again.removed()).isEqualTo(2);
        assertThat(again.memberships())
                .extracting(ClassifyRun.Membership::uscc, ClassifyRun.Membership::linkId)
                .containsExactly(tuple(E1, "nev.cell"), tuple(E2, "nev.material"));
        assertThat(memberships())
                .filteredOn(l -> l.startsWith(E2) && l.contains("nev.cell"))
                .singleElement()
                .satisfies(l -> assertThat(l).contains("source=reviewed", "reviewedBy=李审核"));
        assertThat(memberships()).noneMatch(l -> l.startsWith(E6) && l.contains("IN_LINK"));
        assertThat(service.review(null, 10, 0).pending())
                .extracting(Review.Pending::uscc, Review.Pending::linkId)
                .containsExactly(tuple(E2, "nev.material"), tuple(E1, "nev.cell"));
    }

    @Test
    void shouldMeasureTheRulesAgainstALabelledSetWorkedByHand() {
        Map<String, Set<String>> labels = Map.of(
                E1, Set.of("nev.cell"),
                E2, Set.of("nev.material"),
                E6, Set.of("nev.motor", "nev.cell"));
        // assigned: E1 cell, E2 material and cell, E6 motor = 4; right 3 of them; labelled 4
        Quality q = service.evaluate(labels, 0.5);

        assertThat(q.assigned()).isEqualTo(4);
        assertThat(q.labelled()).isEqualTo(4);
        assertThat(q.precision()).isCloseTo(0.75, within(1e-12));
        assertThat(q.recall()).isCloseTo(0.75, within(1e-12));
        assertThat(q.f1()).isCloseTo(0.75, within(1e-12));
        // cell: assigned E1, E2 (right E1), labelled E1, E6
        assertThat(q.links())
                .extracting(Quality.LinkQuality::linkId, Quality.LinkQuality::precision, Quality.LinkQuality::recall)
                .containsExactly(
                        tuple("nev.cell", 0.5, 0.5), tuple("nev.material", 1.0, 1.0), tuple("nev.motor", 1.0, 1.0));
        assertThat(q.unknown()).isZero();
    }

    @Test
    void shouldCountInferredMembershipsInTheAnalysesUnlessTheConfigurationLeavesThemOut() {
        service.run(0.5, false, Progress.NONE);
        AnalysisConfig d = AnalysisConfig.defaults();

        List<TargetRow> counted = AnalysisService.over(store, d)
                .targets("nev", TargetFilter.NONE, Page.FIRST)
                .targets();
        assertThat(counted)
                .extracting(TargetRow::uscc, TargetRow::linkId, TargetRow::linkInferred)
                .contains(tuple(E1, "nev.cell", true), tuple(E3, "nev.cell", false), tuple(E6, "nev.motor", true));

        List<TargetRow> left = AnalysisService.over(
                        store, new AnalysisConfig(d.gaps(), d.targets(), d.referrals(), d.resilience(), false))
                .targets("nev", TargetFilter.NONE, Page.FIRST)
                .targets();
        assertThat(left).extracting(TargetRow::uscc).containsExactly(E3);
    }
}
