package org.chainmap.analysis;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Keeps the analyses of the current graph ready for a server's visitors: calls {@link AnalysisService#prepare()} at
 * once and then at every interval, so the projections are read again and the targets ranked soon after an import
 * changed the graph, whether it came through the server or from another process, instead of on the next visitor's
 * request. A failure (Neo4j away) is reported once, until a round succeeds again.
 */
public final class AnalysisWarmUp implements AutoCloseable {
    /** How long {@link #close()} waits for a round under way: a projection read of a large graph takes longer. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

    private final AnalysisService analysis;
    private final Duration interval;
    private final Consumer<String> warn;
    private final Thread thread;
    private volatile boolean closed;

    /** @param warn told, once per run of failures, why the analyses could not be prepared */
    public AnalysisWarmUp(AnalysisService analysis, Duration interval, Consumer<String> warn) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive, got " + interval);
        }
        this.analysis = analysis;
        this.interval = interval;
        this.warn = warn;
        this.thread = Thread.ofVirtual().name("chainmap-warm-up").start(this::rounds);
    }

    private void rounds() {
        boolean failing = false;
        while (!closed) {
            try {
                analysis.prepare();
                failing = false;
            } catch (RuntimeException e) {
                if (!failing && !closed) {
                    warn.accept("could not prepare the analyses: " + e.getMessage());
                }
                failing = true;
            }
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * Stops the rounds. Waits a few seconds for the one under way, so the store is best closed after this; a round
     * still reading then fails without a warning.
     */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(CLOSE_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
