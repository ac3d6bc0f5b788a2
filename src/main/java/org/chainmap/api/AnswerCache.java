package org.chainmap.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers of the analyses, kept until the graph changes. The graph's version (one query) is read at most once per
 * {@code recheckNanos}, and by one request at a time (the others go on with the version it had), so a busy server
 * does not ask Neo4j on every request; an import made through this server calls {@link #invalidate()}, so its own
 * answers change at once, and one made by another process is seen within that interval. Least recently used
 * answers go first when more than {@code capacity} are held. Two requests for the same missing answer may both
 * compute it; both get the same.
 */
final class AnswerCache {
    private final LongSupplier graphVersion;
    private final LongSupplier nanoClock;
    private final long recheckNanos;
    private final int capacity;
    private final Map<String, Object> answers = new LinkedHashMap<>(64, 0.75f, true);
    private long version = Long.MIN_VALUE;
    private long checkedAt;
    private boolean checked;
    private boolean reading;

    AnswerCache(LongSupplier graphVersion, LongSupplier nanoClock, long recheckNanos, int capacity) {
        this.graphVersion = graphVersion;
        this.nanoClock = nanoClock;
        this.recheckNanos = recheckNanos;
        this.capacity = capacity;
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long seen = currentVersion();
        synchronized (this) {
            Object known = answers.get(key);
            if (known != null) {
                return (T) known;
            }
        }
        T answer = compute.get();
        synchronized (this) {
            if (seen == version) {
                answers.put(key, answer);
                if (answers.size() > capacity) {
                    answers.remove(answers.keySet().iterator().next());
                }
            }
        }
        return answer;
    }

    /** Forgets every answer and reads the version again on the next lookup. */
    synchronized void invalidate() {
        answers.clear();
        checked = false;
    }

    /** One request at a time reads the version; the others go on with the last one meanwhile. */
    private long currentVersion() {
        long now = nanoClock.getAsLong();
        synchronized (this) {
            if (checked && (now - checkedAt < recheckNanos || reading)) {
                return version;
            }
            reading = true;
        }
        try {
            long read = graphVersion.getAsLong();
            synchronized (this) {
                if (read != version) {
                    answers.clear();
                    version = read;
                }
                checked = true;
                checkedAt = now;
                return version;
            }
        } finally {
            synchronized (this) {
                reading = false;
            }
        }
    }
}
