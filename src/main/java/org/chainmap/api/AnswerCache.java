package org.chainmap.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers of the analyses, kept until the graph changes. The graph's version (one query) is read at most once per
 * {@code recheckNanos}, and by one request at a time (the others go on with the version it had), so a busy server
 * does not ask Neo4j on every request; an import made through this server calls {@link #invalidate()}, so its own
 * answers change at once, and one made by another process is seen within that interval. Least recently used
 * answers go first when more than {@code capacity} are held. Concurrent requests for the same missing answer share
 * one computation.
 */
final class AnswerCache {
    /** The key of an answer of type {@code T}: a record whose components say which answer. */
    interface Key<T> {}

    private final LongSupplier graphVersion;
    private final LongSupplier nanoClock;
    private final long recheckNanos;
    private final int capacity;
    private final Map<Object, CompletableFuture<Object>> answers = new LinkedHashMap<>(64, 0.75f, true);
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

    /**
     * The answer for the key: cached, or computed by this request while others asking for the same key wait for
     * it (so a cold cache under load computes each answer once). A failure reaches every waiter and is not kept. A key is a record of the answer's
     * own kind, so keys of two kinds of answer never meet, whatever their ids.
     */
    @SuppressWarnings("unchecked")
    <T> T get(Key<T> key, Supplier<T> compute) {
        long seen = currentVersion();
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> known;
        synchronized (this) {
            known = answers.get(key);
            if (known == null && seen == version) {
                answers.put(key, mine);
                if (answers.size() > capacity) {
                    answers.remove(answers.keySet().iterator().next());
                }
            }
        }
        if (known != null) {
            return (T) await(known);
        }
        try {
            T answer = compute.get();
            mine.complete(answer);
            return answer;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            synchronized (this) {
                answers.remove(key, mine);
            }
            throw e;
        }
    }

    private static Object await(CompletableFuture<Object> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
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
