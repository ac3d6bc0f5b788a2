package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger versionReads = new AtomicInteger();
    private final AtomicInteger computed = new AtomicInteger();
    private final AnswerCache cache = new AnswerCache(
            () -> {
                versionReads.incrementAndGet();
                return version.get();
            },
            now::get,
            1_000,
            2);

    /** An answer named by text, for these tests. */
    private record Named(String name) implements AnswerCache.Key<String> {}

    /** Another kind of answer, keyed by the same text. */
    private record Other(String name) implements AnswerCache.Key<Integer> {}

    private String answer(String key) {
        return cache.get(new Named(key), () -> key + "@" + version.get() + "#" + computed.incrementAndGet());
    }

    @Test
    void shouldKeepAnswersOfTwoKindsApartWhateverTheirIds() {
        assertThat(answer("all")).isEqualTo("all@1#1");
        assertThat(cache.get(new Other("all"), () -> 42)).isEqualTo(42);
        assertThat(answer("all")).isEqualTo("all@1#1");
    }

    @Test
    void shouldComputeAnAnswerOnceWhileTheGraphStaysTheSame() {
        assertThat(answer("map nev")).isEqualTo("map nev@1#1");
        assertThat(answer("map nev")).isEqualTo("map nev@1#1");
        assertThat(computed).hasValue(1);
    }

    @Test
    void shouldReadTheVersionOncePerIntervalOnly() {
        answer("a");
        answer("a");
        now.addAndGet(999);
        answer("a");
        assertThat(versionReads).hasValue(1);
        now.addAndGet(1);
        answer("a");
        assertThat(versionReads).hasValue(2);
    }

    @Test
    void shouldDropEveryAnswerWhenAnotherProcessChangedTheGraph() {
        answer("a");
        version.set(2);
        assertThat(answer("a")).as("within the interval").isEqualTo("a@1#1");
        now.addAndGet(1_000);
        assertThat(answer("a")).isEqualTo("a@2#2");
    }

    @Test
    void shouldForgetAtOnceOnInvalidate() {
        answer("a");
        version.set(2);
        cache.invalidate();
        assertThat(answer("a")).isEqualTo("a@2#2");
    }

    @Test
    void shouldDropTheLeastRecentlyUsedAnswerBeyondItsCapacity() {
        answer("a");
        answer("b");
        answer("a");
        answer("c");
        assertThat(answer("a")).isEqualTo("a@1#1");
        assertThat(answer("b")).as("b was least recently used").isEqualTo("b@1#4");
    }

    @Test
    void shouldComputeAMissingAnswerOnceForConcurrentRequests() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var started = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> cache.get(new Named("slow"), () -> {
                    started.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return "once#" + computed.incrementAndGet();
                }),
                pool);
        started.await();
        var second = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> cache.get(new Named("slow"), () -> "again#" + computed.incrementAndGet()), pool);
        Thread.sleep(50);
        release.countDown();
        assertThat(first.get()).isEqualTo("once#1");
        assertThat(second.get()).isEqualTo("once#1");
        assertThat(computed).hasValue(1);
        pool.shutdown();
    }

    @Test
    void shouldNotKeepAFailure() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cache.get(new Named("bad"), () -> {
                    throw new IllegalStateException("store away");
                }))
                .hasMessage("store away");
        assertThat(answer("bad")).isEqualTo("bad@1#1");
    }
}
