package org.chainmap.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class HttpLoadTest {
    @Test
    void shouldRefuseToLoadAnythingButLoopback() {
        assertThatThrownBy(() -> new HttpLoad(URI.create("http://192.0.2.1:7070/")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback");
    }

    @Test
    void shouldBoundTheRateAndTheDuration() {
        HttpLoad load = new HttpLoad(URI.create("http://127.0.0.1:1/"));
        assertThatThrownBy(() -> load.run("/", HttpLoad.MAX_RATE + 1, 1, 0)).hasMessageContaining("rate");
        assertThatThrownBy(() -> load.run("/", 10, HttpLoad.MAX_SECONDS + 1, 0)).hasMessageContaining("duration");
    }

    @Test
    void shouldTakeTheNearestRankPercentile() {
        long[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(HttpLoad.percentile(sorted, 0.5)).isEqualTo(5);
        assertThat(HttpLoad.percentile(sorted, 0.99)).isEqualTo(10);
        assertThat(HttpLoad.percentile(new long[] {7}, 0.5)).isEqualTo(7);
    }
}
