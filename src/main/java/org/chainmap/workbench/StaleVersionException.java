package org.chainmap.workbench;

import org.chainmap.domain.ChainmapException;

/** A change made against a version of a project that is no longer its current one (the API answers 412). */
public final class StaleVersionException extends ChainmapException {
    private final String id;
    private final long expected;
    private final long current;

    public StaleVersionException(String id, long expected, long current) {
        super("project '" + id + "' is at version " + current + ", not " + expected
                + ": someone changed it meanwhile; read it again and redo the change");
        this.id = id;
        this.expected = expected;
        this.current = current;
    }

    public String id() {
        return id;
    }

    /** The version the change was made against. */
    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
