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
}
