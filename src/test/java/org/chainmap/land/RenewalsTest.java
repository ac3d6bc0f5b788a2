package org.chainmap.land;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenewalsTest {
    // 300 亩 renewed for 400,000 万元: tax 170 → 18,000, revenue 3,000 → 250,000, floors 120,000 → 480,000 m²
    private static final RenewalFacts OLD_PARK = new RenewalFacts(
            "r1", "老园区", "通济街道", 300.0, 480_000.0, "2024-06", 400_000.0, 170.0, 18_000.0, 3_000.0, 250_000.0, 120_000.0,
            null, 12L, 86L, null);
    // 50 亩, nothing taxed before
    private static final RenewalFacts EMPTY_LOT = new RenewalFacts(
            "r2", "空地", "潮海街道", 50.0, null, "2025-03", 20_000.0, 0.0, 500.0, null, null, null, null, null, null, null);

    private final RenewalList list = Renewals.of(List.of(OLD_PARK, EMPTY_LOT));

    @Test
    void shouldWorkOutEachParcelBeforeAndAfter() {
        RenewalRow r = list.renewals().get(1);
        assertThat(r.parcel()).isEqualTo("r1");
        assertThat(r.taxPerMuBefore()).isCloseTo(170.0 / 300, within(1e-9));
        assertThat(r.taxPerMuAfter()).isCloseTo(60.0, within(1e-9)); // 18,000 / 300
        assertThat(r.revenuePerMuBefore()).isCloseTo(10.0, within(1e-9)); // 3,000 / 300
        assertThat(r.revenuePerMuAfter()).isCloseTo(250_000.0 / 300, within(1e-9));
        assertThat(r.taxMultiple()).isCloseTo(105.882, within(1e-3)); // 18,000 / 170
        // 120,000 m² / (300 × 666.67 m²) = 0.6; after, the parcel's own 480,000 m² = 2.4
        assertThat(r.plotRatioBefore()).isCloseTo(0.6, within(1e-9));
        assertThat(r.plotRatioAfter()).isCloseTo(2.4, within(1e-9));
        assertThat(r.enterprisesBefore()).isEqualTo(12);
        assertThat(r.enterprisesAfter()).isEqualTo(86);
    }

    @Test
    void shouldLeaveNoMultipleWhereNothingWasTaxedBefore() {
        assertThat(list.renewals().getFirst().parcel()).as("newest first").isEqualTo("r2");
        assertThat(list.renewals().getFirst().taxMultiple()).isNull();
        assertThat(list.renewals().getFirst().plotRatioBefore()).isNull();
    }

    @Test
    void shouldTotalTheRenewals() {
        RenewalTotals t = list.totals();
        assertThat(t.renewedParcels()).isEqualTo(2);
        assertThat(t.renewedMu()).isEqualTo(350.0);
        assertThat(t.investmentYi()).isEqualTo(42.0); // 420,000 万元
        assertThat(t.taxBeforeWan()).isEqualTo(170.0);
        assertThat(t.taxAfterWan()).isEqualTo(18_500.0);
        assertThat(t.taxMultiple()).isCloseTo(108.824, within(1e-3)); // 18,500 / 170
        assertThat(t.enterprisesBefore()).isEqualTo(12);
        assertThat(t.enterprisesAfter()).isEqualTo(86);
    }
}
