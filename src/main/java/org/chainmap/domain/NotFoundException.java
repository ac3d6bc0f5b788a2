package org.chainmap.domain;

/**
 * A chain, enterprise, park or project asked for by its key is not in the graph (the API answers 404 with the kind
 * and the key, beside these words).
 */
public final class NotFoundException extends ChainmapException {
    /** What was asked for. */
    public enum Kind {
        CHAIN,
        ENTERPRISE,
        PARK,
        PROJECT
    }

    private final Kind kind;
    private final String key;

    private NotFoundException(Kind kind, String key, String message) {
        super(message);
        this.kind = kind;
        this.key = key;
    }

    public static NotFoundException chain(String id) {
        return new NotFoundException(Kind.CHAIN, id, "unknown chain '" + id + "'");
    }

    public static NotFoundException enterprise(String uscc) {
        return new NotFoundException(Kind.ENTERPRISE, uscc, "unknown enterprise '" + uscc + "'");
    }

    public static NotFoundException park(String id) {
        return new NotFoundException(Kind.PARK, id, "no park with id " + id);
    }

    public static NotFoundException project(String id) {
        return new NotFoundException(Kind.PROJECT, id, "unknown project '" + id + "'");
    }

    public Kind kind() {
        return kind;
    }

    /** The id or credit code asked for; null where none was given. */
    public String key() {
        return key;
    }
}
