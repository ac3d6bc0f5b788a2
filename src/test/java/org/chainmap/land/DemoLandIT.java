package org.chainmap.land;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationService;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.Progress;
import org.chainmap.parks.ParkService;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Land on the demo data set: the low-efficiency list and 金山工业园's renewal, read from the graph. */
class DemoLandIT {
    static Store store;
    static LandService land;

    @BeforeAll
    static void loadDemo() {
        store = TestNeo4j.clean();
        DemoData.importInto(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE);
        land = new LandService(
                store,
                new EvaluationService(store),
                EvaluationConfig.defaults(),
                AnalysisService.over(store, AnalysisConfig.defaults()),
                new ParkService(store),
                LandRules.DEFAULTS);
    }

    @Test
    void shouldShowTheJinshanIndustrialParkBeforeAndAfter() {
        RenewalList renewals = land.renewals();
        RenewalRow jinshan = renewals.renewals().getFirst();
        assertThat(jinshan.name()).isEqualTo("金山工业园");
        assertThat(jinshan.investmentYi()).isEqualTo(40.0);
        assertThat(jinshan.taxAfterWan()).isEqualTo(18_000.0);
        assertThat(jinshan.taxMultiple()).isGreaterThan(100);
        // 96,000 m² on 300 亩 (200,000 m²) = 0.48 before; 520,000 m² = 2.6 after
        assertThat(jinshan.plotRatioBefore()).isEqualTo(0.48);
        assertThat(jinshan.plotRatioAfter()).isEqualTo(2.6);
        assertThat(renewals.totals().investmentYi()).isEqualTo(40.0);
    }

    @Test
    void shouldListLowEfficiencyParcelsWithTheirReasonsAndTheGapLinksThatCouldMoveIn() {
        LowEfficiencyList list = land.lowEfficiency(null);
        assertThat(list.year()).isEqualTo(2025);
        assertThat(list.parcels())
                .extracting(LowEfficiencyRow::reasons)
                .allSatisfy(r -> assertThat(r).isNotEmpty());
        assertThat(list.parcels())
                .flatExtracting(LowEfficiencyRow::reasons)
                .contains(LowEfficiencyReason.CLASS_D, LowEfficiencyReason.LOW_PLOT_RATIO, LowEfficiencyReason.IDLE);
        assertThat(list.parcels())
                .as("renewed and renewing parcels are not on the list")
                .extracting(LowEfficiencyRow::id)
                .doesNotContain("jinshan", "jm-25", "jm-26");
        // jm-21 lies idle in the NEV parts park, which focuses on nev: its gap links are nev's
        LowEfficiencyRow idleInPark = list.parcels().stream()
                .filter(r -> r.id().equals("jm-21"))
                .findFirst()
                .orElseThrow();
        assertThat(idleInPark.gapLinks())
                .isNotEmpty()
                .allSatisfy(g -> assertThat(g.chainId()).isEqualTo("nev"));
    }
}
