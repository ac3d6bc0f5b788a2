package org.chainmap.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds up to {@code perMinute} requests and refills at {@code perMinute} per
 * minute, so a client may burst a minute's allowance and then goes at the allowed rate. Buckets of clients that
 * have been quiet long enough to be full again are dropped when the table grows large.
 */
final class RateLimiter {
    private static final int PRUNE_ABOVE = 10_000;

    private final double capacity;
    private final double perNano;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("a rate limit needs at least 1 request per minute, got " + perMinute);
        }
        this.capacity = perMinute;
        this.perNano = perMinute / 60e9;
        this.nanoClock = nanoClock;
    }

    /** Takes one request from the client's allowance: 0 when admitted, else the seconds until it would be. */
    long admit(String client) {
        return admit(client, 1);
    }

    /**
     * Takes a request that counts as {@code cost} requests (a heavy one counts for more) from the client's allowance:
     * 0 when admitted, else the seconds until it would be.
     */
    long admit(String client, int cost) {
        long now = nanoClock.getAsLong();
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(b -> b.level(now) >= capacity);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            double level = bucket.level(now);
            double needed = Math.min(cost, capacity);
            if (level >= needed) {
                bucket.set(level - needed, now);
                return 0;
            }
            bucket.set(level, now);
            return Math.max(1, (long) Math.ceil((needed - level) / perNano / 1e9));
        }
    }

    private final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        double level(long now) {
            return Math.min(capacity, tokens + (now - at) * perNano);
        }

        void set(double level, long now) {
            tokens = level;
            at = now;
        }
    }
}
