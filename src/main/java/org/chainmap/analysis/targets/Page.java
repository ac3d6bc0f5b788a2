package org.chainmap.analysis.targets;

import java.util.List;

/** Which part of a ranked list to return. */
public record Page(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    /** The largest page: a command-line export. */
    public static final int MAX_LIMIT = 10_000;
    /** The largest page one API answer holds. */
    public static final int MAX_ANSWER_LIMIT = 1_000;

    public static final Page FIRST = new Page(DEFAULT_LIMIT, 0);

    public Page {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
    }

    public <T> List<T> of(List<T> all) {
        int from = Math.min(offset, all.size());
        return List.copyOf(all.subList(from, Math.min(all.size(), from + limit)));
    }
}
