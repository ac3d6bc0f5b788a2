package org.chainmap.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.evaluation.InputBuilder.above;

import org.junit.jupiter.api.Test;

class LandTest {
    @Test
    void shouldUseTheEnterprisesOwnLandWhenItHoldsSome() {
        assertThat(Land.of(above("L")
                        .land(12)
                        .floorArea(500)
                        .tenantOf("pk", 50, 20_000, 4)
                        .build()))
                .isEqualTo(new Land(12.0, null));
    }

    @Test
    void shouldApportionAParksLandByFloorAreaToATenantWithoutLand() {
        // 50 mu × 5,000 m² / 20,000 m² = 12.5 mu
        assertThat(Land.of(above("L")
                        .land(0)
                        .floorArea(5_000)
                        .tenantOf("pk", 50, 20_000, 4)
                        .build()))
                .isEqualTo(new Land(12.5, "pk"));
    }

    @Test
    void shouldNotApportionTheLandOfASingleStoreyPark() {
        assertThat(Land.of(above("L")
                        .floorArea(5_000)
                        .tenantOf("flat", 50, 20_000, 1)
                        .build()))
                .isEqualTo(new Land(null, null));
    }

    @Test
    void shouldNotApportionWithoutTheTenantsFloorArea() {
        assertThat(Land.of(above("L").land(0).tenantOf("pk", 50, 20_000, 4).build()))
                .isEqualTo(new Land(0.0, null));
    }

    @Test
    void shouldTakeTheFirstMultiStoreyParkByIdForATenantOfSeveral() {
        assertThat(Land.of(above("L")
                        .floorArea(1_000)
                        .tenantOf("b", 10, 1_000, 3)
                        .tenantOf("a", 40, 8_000, 2)
                        .build()))
                .isEqualTo(new Land(5.0, "a"));
    }
}
