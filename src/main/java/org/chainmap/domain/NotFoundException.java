package org.chainmap.domain;

/** A chain, link or enterprise asked for by its key is not in the graph (the API answers 404). */
public final class NotFoundException extends ChainmapException {
    public NotFoundException(String message) {
        super(message);
    }

    public static NotFoundException chain(String id) {
        return new NotFoundException("unknown chain '" + id + "'");
    }

    public static NotFoundException enterprise(String uscc) {
        return new NotFoundException("unknown enterprise '" + uscc + "'");
    }
}
