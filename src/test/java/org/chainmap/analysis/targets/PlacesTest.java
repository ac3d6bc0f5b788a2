package org.chainmap.analysis.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.chainmap.analysis.targets.Places.Tier;
import org.junit.jupiter.api.Test;

class PlacesTest {
    private static final String QINGDAO = "3702";

    @Test
    void shouldTellEachTierFromTheDivisionCode() {
        assertThat(Places.tier(QINGDAO, "370282", null)).isEqualTo(Tier.SAME_CITY); // 即墨
        assertThat(Places.tier(QINGDAO, "370102", null)).isEqualTo(Tier.SAME_PROVINCE); // 济南
        assertThat(Places.tier(QINGDAO, "320506", null)).isEqualTo(Tier.NEIGHBOURING_PROVINCE); // 苏州
        assertThat(Places.tier(QINGDAO, "410100", null)).isEqualTo(Tier.NEIGHBOURING_PROVINCE); // 郑州
        assertThat(Places.tier(QINGDAO, "440300", null)).isEqualTo(Tier.SAME_REGION); // 深圳, 东部
        assertThat(Places.tier(QINGDAO, "310115", null)).isEqualTo(Tier.SAME_REGION); // 上海, 东部
        assertThat(Places.tier(QINGDAO, "510100", null)).isEqualTo(Tier.FURTHER); // 成都, 西部
        assertThat(Places.tier(QINGDAO, "810000", null)).isEqualTo(Tier.FURTHER); // 香港: no economic region
    }

    @Test
    void shouldReadTheProvinceFromTheRegionTextWhereTheCodeSaysNothing() {
        assertThat(Places.tier(QINGDAO, null, "江苏省苏州市")).isEqualTo(Tier.NEIGHBOURING_PROVINCE);
        assertThat(Places.tier(QINGDAO, "990000", "山东省烟台市")).isEqualTo(Tier.SAME_PROVINCE);
        assertThat(Places.tier(QINGDAO, null, "内蒙古包头")).isEqualTo(Tier.FURTHER);
        assertThat(Places.tier(QINGDAO, null, "海外")).isEqualTo(Tier.FURTHER);
        assertThat(Places.tier(QINGDAO, null, null)).isEqualTo(Tier.FURTHER);
    }

    @Test
    void shouldSeeEveryPlaceAsFurtherWithoutAHomeCity() {
        assertThat(Places.tier(null, "370282", null)).isEqualTo(Tier.FURTHER);
    }

    @Test
    void shouldSeeNeighboursFromBothSides() {
        assertThat(Places.tier("3205", "370211", null)).isEqualTo(Tier.NEIGHBOURING_PROVINCE);
        assertThat(Places.tier("4601", "440300", null)).isEqualTo(Tier.NEIGHBOURING_PROVINCE); // 海南 and 广东
        assertThat(Places.tier("2101", "230100", null)).isEqualTo(Tier.SAME_REGION); // 辽宁 and 黑龙江, 东北
    }
}
