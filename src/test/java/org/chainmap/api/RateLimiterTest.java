package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(60, now::get);

    @Test
    void shouldAdmitAMinutesAllowanceAtOnceAndRefuseTheNext() {
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.admit("10.0.0.1")).as("request %d", i + 1).isZero();
        }
        assertThat(limiter.admit("10.0.0.1")).isEqualTo(1);
    }

    @Test
    void shouldRefillAtTheAllowedRate() {
        for (int i = 0; i < 60; i++) {
            limiter.admit("10.0.0.1");
        }
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(2_500));
        assertThat(limiter.admit("10.0.0.1")).isZero();
        assertThat(limiter.admit("10.0.0.1")).isZero();
        assertThat(limiter.admit("10.0.0.1"))
                .as("2.5 s give two requests at one per second")
                .isPositive();
    }

    @Test
    void shouldKeepEachClientsAllowanceApart() {
        for (int i = 0; i < 60; i++) {
            limiter.admit("10.0.0.1");
        }
        assertThat(limiter.admit("10.0.0.1")).isPositive();
        assertThat(limiter.admit("10.0.0.2")).isZero();
    }

    @Test
    void shouldSayHowLongToWaitAtASlowRate() {
        RateLimiter slow = new RateLimiter(2, now::get);
        slow.admit("a");
        slow.admit("a");
        assertThat(slow.admit("a")).isEqualTo(30);
    }

    @Test
    void shouldCountAHeavyRequestAsSeveral() {
        for (int i = 0; i < 11; i++) {
            assertThat(limiter.admit("10.0.0.1", 5)).as("download %d", i + 1).isZero();
        }
        // 55 of 60 taken: the twelfth download takes the last five
        assertThat(limiter.admit("10.0.0.1", 5)).isZero();
        assertThat(limiter.admit("10.0.0.1", 5))
                .as("at one request a second, five come back in 5 s")
                .isEqualTo(5);
        assertThat(limiter.admit("10.0.0.1", 1)).isEqualTo(1);
    }

    @Test
    void shouldRefuseARateBelowOnePerMinute() {
        assertThatThrownBy(() -> new RateLimiter(0, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
