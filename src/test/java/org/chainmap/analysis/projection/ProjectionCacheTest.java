package org.chainmap.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProjectionCacheTest {
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger reads = new AtomicInteger();
    private final ProjectionCache<IndustryGraph> cache = new ProjectionCache<>(version::get, () -> {
        reads.incrementAndGet();
        return IndustryGraph.builder().version(version.get()).build();
    });

    @Test
    void shouldReadTheGraphOnceWhileTheVersionStaysTheSame() {
        IndustryGraph first = cache.current();
        assertThat(cache.current()).isSameAs(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void shouldReadTheGraphAgainWhenTheVersionChanges() {
        IndustryGraph first = cache.current();
        version.incrementAndGet();
        IndustryGraph second = cache.current();
        assertThat(second).isNotSameAs(first);
        assertThat(second.version()).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void shouldReadAgainAfterInvalidation() {
        cache.current();
        cache.invalidate();
        cache.current();
        assertThat(reads).hasValue(2);
    }

    @Test
    void shouldFollowAChangeFromTheHeldProjectionWhenItCanAndReadItWholeWhenItCannot() {
        AtomicInteger updates = new AtomicInteger();
        var following = new ProjectionCache<IndustryGraph>(
                version::get,
                () -> {
                    reads.incrementAndGet();
                    return IndustryGraph.builder().version(version.get()).build();
                },
                held -> {
                    updates.incrementAndGet();
                    // follows an even version only
                    return version.get() % 2 == 0
                            ? IndustryGraph.builder().version(version.get()).build()
                            : null;
                });
        following.current();
        version.set(2);
        assertThat(following.current().version()).isEqualTo(2);
        assertThat(reads).hasValue(1);
        version.set(3);
        assertThat(following.current().version()).isEqualTo(3);
        assertThat(reads).hasValue(2);
        assertThat(updates).hasValue(2);
        following.current();
        assertThat(updates).as("nothing changed").hasValue(2);
    }
}
