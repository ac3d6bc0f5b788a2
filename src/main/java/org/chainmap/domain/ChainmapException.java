package org.chainmap.domain;

/** The one unchecked exception chainmap raises for a failure a user can act on; its message is shown as it is. */
public class ChainmapException extends RuntimeException {
    public ChainmapException(String message) {
        super(message);
    }

    public ChainmapException(String message, Throwable cause) {
        super(message, cause);
    }
}
