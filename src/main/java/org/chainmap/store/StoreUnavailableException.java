package org.chainmap.store;

import org.chainmap.domain.ChainmapException;

/** Neo4j cannot be reached or the store is held by another process. */
public final class StoreUnavailableException extends ChainmapException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
