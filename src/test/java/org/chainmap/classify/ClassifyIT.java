package org.chainmap.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Classification over a real store, on {@link ClassifyFixture}'s graph (its confidences worked by hand there). */
class ClassifyIT {
    static final String E1 = ClassifyFixture.E1;
    static final String E2 = ClassifyFixture.E2;
    static final String E3 = ClassifyFixture.E3;
    static final String E5 = ClassifyFixture.E5;
    static final String E6 = ClassifyFixture.E6;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    private Store store;
    private ClassifyService service;

    @BeforeEach
    void fixture() {
        store = TestNeo4j.clean();
        ClassifyFixture.load(store);
        service = new ClassifyService(store, CLOCK);
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
