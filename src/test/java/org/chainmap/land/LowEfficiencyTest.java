package org.chainmap.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.chainmap.land.LowEfficiencyReason.CLASS_CD_TWO_YEARS;
import static org.chainmap.land.LowEfficiencyReason.CLASS_D;
import static org.chainmap.land.LowEfficiencyReason.IDLE;
import static org.chainmap.land.LowEfficiencyReason.LOW_PLOT_RATIO;

import java.util.List;
import java.util.Map;
import org.chainmap.analysis.gaps.GapStatus;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.ParcelStatus;
import org.chainmap.domain.Scale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LowEfficiencyTest {
    private static final List<String> CLASSES = List.of("A", "B", "C", "D");

    private static ParcelFacts parcel(
            String id,
            ParcelStatus status,
            String holder,
            Double mu,
            Double sqm,
            Double recordTax,
            String town,
            String park) {
        return new ParcelFacts(
                id,
                "地块" + id,
                town,
                mu,
                sqm,
                status,
                holder == null ? null : new EnterpriseRef(holder, "企业" + holder),
                null,
                recordTax,
                park);
    }

    private static final List<ParcelFacts> PARCELS = List.of(
            // H1 holds 20 + 30 亩 and paid 100 万元 in its evaluation row: 2 万元 per 亩 on both
            parcel("p1", ParcelStatus.IN_USE, "H1", 20.0, 20_000.0, null, "通济街道", "k1"),
            parcel("p2", ParcelStatus.IN_USE, "H1", 30.0, 10_000.0, null, "通济街道", null),
            parcel("p3", ParcelStatus.IN_USE, "H2", 6.0, null, 12.0, "其他街道", null),
            parcel("p4", ParcelStatus.IN_USE, "H3", 10.0, 30_000.0, null, "通济街道", null),
            parcel("p5", ParcelStatus.IDLE, null, 15.0, null, null, "通济街道", null),
            parcel("p6", ParcelStatus.RENEWED, "H1x", 40.0, 5_000.0, null, "通济街道", null),
            parcel("p7", ParcelStatus.IN_USE, "H4", 10.0, 6_000.0, null, "其他街道", null),
            parcel("p8", ParcelStatus.IN_USE, "H5", 5.0, null, null, "其他街道", null),
            parcel("p9", ParcelStatus.IN_USE, "H7", 10.0, null, null, "其他街道", null));

    private static final Map<String, HolderYears> HOLDERS = Map.of(
            "H1", new HolderYears(Scale.ABOVE, "D", "B", 100.0),
            "H2", new HolderYears(Scale.BELOW, "D", "C", null),
            "H3", new HolderYears(Scale.ABOVE, "C", "B", 80.0),
            "H4", new HolderYears(Scale.ABOVE, "A", "A", 300.0),
            "H5", new HolderYears(Scale.ABOVE, "D", null, null),
            "H7", new HolderYears(Scale.ABOVE, "C", "C", 50.0));

    private static final Map<Scale, Double> BENCHMARKS = Map.of(Scale.ABOVE, 10.0, Scale.BELOW, 4.0);

    private static final LandChains CHAINS = new LandChains(
            Map.of("k1", List.of("nev")),
            Map.of("通济街道", List.of("nev")),
            Map.of(
                    "nev",
                    List.of(
                            new GapLink("nev.b", "电机", null, "nev", GapStatus.STRENGTHEN, 0.5),
                            new GapLink("nev.a", "电池", null, "nev", GapStatus.FILL, 0.9))));

    private final LowEfficiencyList list =
            new LowEfficiency(LandRules.DEFAULTS, CLASSES).list(2025, PARCELS, HOLDERS, BENCHMARKS, CHAINS);

    private LowEfficiencyRow row(String id) {
        return list.parcels().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Nested
    class Reasons {
        @Test
        void shouldListAHolderInClassDOnceForClassDAlone() {
            // p1: 20,000 m² on 20 亩 = 20,000 / 13,333.3 = plot ratio 1.5, not low
            assertThat(row("p1").reasons()).containsExactly(CLASS_D);
            assertThat(row("p1").plotRatio()).isCloseTo(1.5, within(1e-9));
        }

        @Test
        void shouldGiveAHolderInClassCThenDBothReasons() {
            assertThat(row("p3").reasons()).containsExactly(CLASS_D, CLASS_CD_TWO_YEARS);
        }

        @Test
        void shouldListAHolderInClassCTwoYearsRunning() {
            assertThat(row("p9").reasons()).containsExactly(CLASS_CD_TWO_YEARS);
        }

        @Test
        void shouldListALowPlotRatioWhateverTheClass() {
            // p2: 10,000 m² on 30 亩 = 10,000 / 20,000 = 0.5; p7: 6,000 m² on 10 亩 = 6,000 / 6,666.7 = 0.9
            assertThat(row("p2").reasons()).containsExactly(CLASS_D, LOW_PLOT_RATIO);
            assertThat(row("p2").plotRatio()).isCloseTo(0.5, within(1e-9));
            assertThat(row("p7").reasons()).containsExactly(LOW_PLOT_RATIO);
            assertThat(row("p7").plotRatio()).isCloseTo(0.9, within(1e-9));
        }

        @Test
        void shouldListAnIdleParcelForIdleAlone() {
            assertThat(row("p5").reasons()).containsExactly(IDLE);
        }

        @Test
        void shouldLeaveOutParcelsThatAreFineAndThoseNotInUse() {
            // p4: class C after B and plot ratio 30,000 / 6,666.7 = 4.5; p6: renewed
            assertThat(list.parcels()).extracting(LowEfficiencyRow::id).doesNotContain("p4", "p6");
        }

        @Test
        void shouldTakeTheFloorOfThePlotRatioFromTheRules() {
            LowEfficiencyList strict =
                    new LowEfficiency(new LandRules(2.0), CLASSES).list(2025, PARCELS, HOLDERS, BENCHMARKS, CHAINS);
            assertThat(strict.parcels().stream()
                            .filter(r -> r.id().equals("p1"))
                            .findFirst()
                            .orElseThrow()
                            .reasons())
                    .containsExactly(CLASS_D, LOW_PLOT_RATIO);
        }
    }

    @Nested
    class TaxUpside {
        @Test
        void shouldShareTheHoldersTaxAmongItsParcelsByArea() {
            // H1: 100 万元 over 20 + 30 亩 = 2 per 亩; upside p1 = 20 × 10 − 20 × 2 = 160, p2 = 30 × 10 − 30 × 2 = 240
            assertThat(row("p1").taxPerMu()).isCloseTo(2.0, within(1e-9));
            assertThat(row("p1").benchmarkTaxPerMu()).isEqualTo(10.0);
            assertThat(row("p1").taxUpsideWan()).isCloseTo(160.0, within(1e-9));
            assertThat(row("p2").taxUpsideWan()).isCloseTo(240.0, within(1e-9));
        }

        @Test
        void shouldTakeTheEnterpriseRecordsTaxWithoutAnEvaluationTaxAndTheHoldersGroupBenchmark() {
            // H2, below scale: 12 万元 on its record over 6 亩 = 2 per 亩; upside 6 × 4 − 12 = 12
            assertThat(row("p3").taxPerMu()).isCloseTo(2.0, within(1e-9));
            assertThat(row("p3").benchmarkTaxPerMu()).isEqualTo(4.0);
            assertThat(row("p3").taxUpsideWan()).isCloseTo(12.0, within(1e-9));
        }

        @Test
        void shouldCountNoTaxForAParcelWithoutHolderAgainstTheAboveScaleBenchmark() {
            // 15 × 10 − 0 = 150
            assertThat(row("p5").taxPerMu()).isEqualTo(0.0);
            assertThat(row("p5").taxUpsideWan()).isCloseTo(150.0, within(1e-9));
        }

        @Test
        void shouldKeepANegativeUpsideAndLeaveAnUnknownTaxWithoutOne() {
            // H4: 300 on 10 亩 = 30 per 亩, above the benchmark: 10 × 10 − 300 = −200
            assertThat(row("p7").taxUpsideWan()).isCloseTo(-200.0, within(1e-9));
            assertThat(row("p8").taxPerMu()).isNull();
            assertThat(row("p8").taxUpsideWan()).isNull();
        }

        @Test
        void shouldSortByUpsideHighestFirstUnknownLast() {
            // 240, 160, 150, 10 × 10 − 50 = 50, 12, −200, null
            assertThat(list.parcels())
                    .extracting(LowEfficiencyRow::id)
                    .containsExactly("p2", "p1", "p5", "p9", "p3", "p7", "p8");
        }

        @Test
        void shouldLeaveTheUpsideUnknownWhenTheGroupHasNoBenchmark() {
            LowEfficiencyList noBelow = new LowEfficiency(LandRules.DEFAULTS, CLASSES)
                    .list(2025, PARCELS, HOLDERS, Map.of(Scale.ABOVE, 10.0), CHAINS);
            LowEfficiencyRow p3 = noBelow.parcels().stream()
                    .filter(r -> r.id().equals("p3"))
                    .findFirst()
                    .orElseThrow();
            assertThat(p3.benchmarkTaxPerMu()).isNull();
            assertThat(p3.taxUpsideWan()).isNull();
        }
    }

    @Nested
    class GapLinks {
        @Test
        void shouldNameTheGapLinksOfTheParksFocusChainsHighestScoreFirst() {
            assertThat(row("p1").gapLinks()).extracting(GapLink::linkId).containsExactly("nev.a", "nev.b");
        }

        @Test
        void shouldNameThoseOfTheTownsParksOutsideParksAndNoneInATownWithoutParks() {
            assertThat(row("p5").gapLinks()).extracting(GapLink::linkId).containsExactly("nev.a", "nev.b");
            assertThat(row("p3").gapLinks()).isEmpty();
        }
    }

    @Test
    void shouldFilterByTownAndReason() {
        assertThat(list.filtered("通济街道", LOW_PLOT_RATIO).parcels())
                .extracting(LowEfficiencyRow::id)
                .containsExactly("p2");
        assertThat(list.filtered(null, IDLE).parcels())
                .extracting(LowEfficiencyRow::id)
                .containsExactly("p5");
    }
}
