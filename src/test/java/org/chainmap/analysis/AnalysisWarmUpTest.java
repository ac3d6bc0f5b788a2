package org.chainmap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.chainmap.analysis.projection.IndustryGraph;
import org.junit.jupiter.api.Test;

class AnalysisWarmUpTest {
    private static final Duration INTERVAL = Duration.ofMillis(10);
    private final IndustryGraph graph = SampleChains.graph();
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicBoolean storeAway = new AtomicBoolean();
    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final AnalysisService analysis = new AnalysisService(
            () -> {
                reads.incrementAndGet();
                if (storeAway.get()) {
                    throw new IllegalStateException("Neo4j at bolt://127.0.0.1:7687 is unreachable");
                }
                return graph;
            },
            AnalysisConfig.defaults());

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition reached in time").isBefore(deadline);
            Thread.sleep(5);
        }
    }

    @Test
    void shouldReadTheGraphAtOnceAndAgainAtEveryIntervalUntilClosed() throws Exception {
        try (var warmUp = new AnalysisWarmUp(analysis, INTERVAL, warnings::add)) {
            await(() -> reads.get() >= 6);
        }
        int afterClose = reads.get();
        Thread.sleep(INTERVAL.multipliedBy(10));
        assertThat(reads.get()).as("no round after close").isEqualTo(afterClose);
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldWarnOncePerOutageAndAgainAfterARecovery() throws Exception {
        storeAway.set(true);
        try (var warmUp = new AnalysisWarmUp(analysis, INTERVAL, warnings::add)) {
            await(() -> reads.get() >= 5);
            assertThat(warnings).hasSize(1);
            assertThat(warnings.getFirst()).contains("could not prepare the analyses", "unreachable");

            storeAway.set(false);
            int recovered = reads.get();
            await(() -> reads.get() >= recovered + 6);
            storeAway.set(true);
            int awayAgain = reads.get();
            await(() -> reads.get() >= awayAgain + 5);
        }
        assertThat(warnings).hasSize(2);
    }

    @Test
    void shouldRefuseAnIntervalThatIsNotPositive() {
        assertThatThrownBy(() -> new AnalysisWarmUp(analysis, Duration.ZERO, warnings::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interval");
    }
}
