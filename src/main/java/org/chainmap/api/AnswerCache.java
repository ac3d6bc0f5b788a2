package org.chainmap.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Answers of the analyses, kept until the graph changes: each lookup reads the graph's version (one cheap query)
 * and drops every answer when an import has changed it since. Least recently used answers go first when more than
 * {@code capacity} are held. Two requests for the same missing answer may both compute it; both get the same.
 */
final class AnswerCache {
    private final LongSupplier graphVersion;
    private final int capacity;
    private final Map<String, Object> answers;
    private long version = Long.MIN_VALUE;

    AnswerCache(LongSupplier graphVersion, int capacity) {
        this.graphVersion = graphVersion;
        this.capacity = capacity;
        this.answers = new LinkedHashMap<>(64, 0.75f, true);
    }

    @SuppressWarnings("unchecked")
    <T> T get(String key, Supplier<T> compute) {
        long now = graphVersion.getAsLong();
        synchronized (this) {
            if (now != version) {
                answers.clear();
                version = now;
            }
            Object known = answers.get(key);
            if (known != null) {
                return (T) known;
            }
        }
        T answer = compute.get();
        synchronized (this) {
            if (now == version) {
                answers.put(key, answer);
                if (answers.size() > capacity) {
                    answers.remove(answers.keySet().iterator().next());
                }
            }
        }
        return answer;
    }
}
