package org.chainmap.api;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import org.chainmap.store.StoreUnavailableException;

/**
 * Remembers that Neo4j went away, so that requests meanwhile get their 503 at once instead of each waiting out the
 * driver's retries; every {@code probeEveryNanos} one request asks Neo4j again, and the first answer it gives
 * ends the outage. Nothing needs restarting when Neo4j is back.
 */
final class StoreWatch {
    private final BooleanSupplier reachable;
    private final LongSupplier nanoClock;
    private final long probeEveryNanos;
    private volatile boolean down;
    private volatile long nextProbe;

    StoreWatch(BooleanSupplier reachable, LongSupplier nanoClock, long probeEveryNanos) {
        this.reachable = reachable;
        this.nanoClock = nanoClock;
        this.probeEveryNanos = probeEveryNanos;
    }

    /** Before a request that needs Neo4j: throws while it is known to be away. */
    void check() {
        if (!down) {
            return;
        }
        long now = nanoClock.getAsLong();
        synchronized (this) {
            if (down && now >= nextProbe) {
                if (reachable.getAsBoolean()) {
                    down = false;
                    return;
                }
                nextProbe = now + probeEveryNanos;
            }
        }
        if (down) {
            throw new StoreUnavailableException("Neo4j has been unreachable since an earlier request", null);
        }
    }

    /** After a request found Neo4j unreachable. */
    synchronized void markDown() {
        down = true;
        nextProbe = nanoClock.getAsLong() + probeEveryNanos;
    }

    boolean down() {
        return down;
    }
}
