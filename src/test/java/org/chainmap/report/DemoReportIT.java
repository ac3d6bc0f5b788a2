package org.chainmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.Progress;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo data set reproduces the headline figures of the bureau's report (SPEC section 8), computed from the graph. */
class DemoReportIT {
    static Store store;

    @BeforeAll
    static void loadDemo() {
        store = TestNeo4j.clean();
        DemoData.importInto(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE);
    }

    @Test
    void shouldReproduceTheHeadlineOfTheReport() {
        Headline h = new ReportService(store, "区工业和信息化局").headline();
        assertThat(h.chains()).isEqualTo(15);
        assertThat(h.bureauLedChains()).isEqualTo(7);
        assertThat(h.leaders()).isEqualTo(19);
        assertThat(h.parks()).isEqualTo(20);
        assertThat(h.certifiedParks()).isEqualTo(14);
        assertThat(h.parkAreaMu()).isEqualTo(1490.23);
        assertThat(h.parkUnits()).isGreaterThanOrEqualTo(1000);
        assertThat(h.certifiedParkTenants()).isPositive();
        assertThat(h.chainProjects()).isEqualTo(new Headline.ChainProjects(21, 19, 31));
        assertThat(h.techUpgrade()).isEqualTo(new Headline.TechUpgrade(33, 112.6, 26));
        assertThat(h.referral()).isEqualTo(new Headline.Referral(14, 64.88, 5));
    }

    @Test
    void shouldReproduceTheRenewalOfTheJinshanIndustrialPark() {
        // 金山工业园: 40 亿元 invested, 1.8 亿元 (18,000 万元) tax a year after, more than 100 times the 172 万元 before
        Headline.LandRenewal land =
                new ReportService(store, "区工业和信息化局").headline().landRenewal();
        assertThat(land.renewedParcels()).isEqualTo(1);
        assertThat(land.investmentYi()).isEqualTo(40.0);
        assertThat(land.taxAfterWan()).isEqualTo(18_000.0);
        assertThat(land.taxMultiple())
                .as("18,000 / 172 to the hundredth")
                .isGreaterThan(100.0)
                .isEqualTo(104.65);
    }

    @Test
    void shouldCountWhatTheDemoHolds() {
        // rows of the demo's chains, links, enterprises, supplies, parks and projects CSVs; 425 enterprises are local
        // (local column true, or empty with division 370215 or 370282); 19 distinct chain leaders in leaders.csv
        assertThat(new ReportService(store, "区工业和信息化局").counts())
                .isEqualTo(new Counts(15, 222, 1087, 425, 2828, 19, 20, 140));
    }

    @Test
    void shouldCountOnlyTheConfiguredBureausChains() {
        Headline other = new ReportService(store, "区科学技术局").headline();
        assertThat(other.bureauLedChains()).isLessThan(7);
        assertThat(other.chainProjects()).isNotEqualTo(new Headline.ChainProjects(21, 19, 31));
    }

    @Test
    void shouldGiveTheFiguresOfAnEarlierDayFromTheStageHistories() {
        ReportService reports = new ReportService(store, "区工业和信息化局");
        // the demo's histories run from 2023 to 2026: by mid-2025 fewer projects had got as far
        Headline then = reports.report(LocalDate.parse("2025-06-30")).headline();
        assertThat(then.chainProjects()).isNotEqualTo(new Headline.ChainProjects(21, 19, 31));
        assertThat(then.referral().count()).isLessThanOrEqualTo(14);
        assertThat(reports.report(reports.today()).headline())
                .as("the histories end at each project's current stage")
                .isEqualTo(reports.headline());
    }

    @Test
    void shouldShowThePerMuClassesOfTheLatestYearUpToTheDay() {
        ReportService reports = new ReportService(store, "区工业和信息化局");
        assertThat(reports.report(LocalDate.parse("2024-12-31")).evaluation().year())
                .isEqualTo(2024);
        ClassDistribution now = reports.report(LocalDate.parse("2026-01-31")).evaluation();
        assertThat(now.year()).isEqualTo(2025);
        assertThat(now.groups().stream().mapToInt(ClassCounts::enterprises).sum())
                .isEqualTo(425);
    }
}
