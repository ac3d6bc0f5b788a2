package org.chainmap.cli;

import org.chainmap.domain.ChainmapException;

/** A failure with a particular exit code; its message has been printed already or is printed as it is. */
final class ExitCodeException extends ChainmapException {
    private final int exitCode;

    ExitCodeException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
