package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.chainmap.store.StoreUnavailableException;
import org.junit.jupiter.api.Test;

class StoreWatchTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicInteger probes = new AtomicInteger();
    private final StoreWatch watch = new StoreWatch(
            () -> {
                probes.incrementAndGet();
                return up.get();
            },
            now::get,
            1_000);

    @Test
    void shouldLetRequestsThroughWithoutAskingWhileNothingFailed() {
        watch.check();
        watch.check();
        assertThat(probes).hasValue(0);
    }

    @Test
    void shouldRefuseAtOnceAfterAFailureUntilTheNextProbe() {
        up.set(false);
        watch.markDown();
        assertThatThrownBy(watch::check).isInstanceOf(StoreUnavailableException.class);
        assertThat(probes).as("no probe before the interval").hasValue(0);
        now.addAndGet(1_000);
        assertThatThrownBy(watch::check).isInstanceOf(StoreUnavailableException.class);
        assertThat(probes).hasValue(1);
    }

    @Test
    void shouldEndTheOutageWhenAProbeIsAnswered() {
        watch.markDown();
        now.addAndGet(1_000);
        watch.check();
        assertThat(watch.down()).isFalse();
        watch.check();
        assertThat(probes).hasValue(1);
    }
}
