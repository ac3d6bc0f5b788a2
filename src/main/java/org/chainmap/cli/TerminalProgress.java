package org.chainmap.cli;

import java.io.PrintStream;
import org.chainmap.imports.Progress;

/** Shows progress on standard error when it is a terminal; silent otherwise, so logs and pipes stay clean. */
final class TerminalProgress implements Progress {
    private final PrintStream err;
    private final boolean terminal;

    TerminalProgress(PrintStream err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    static Progress toStderr() {
        return new TerminalProgress(System.err);
    }

    @Override
    public void update(String task, long done) {
        if (terminal) {
            err.printf("\r%s: %,d", task, done);
            err.flush();
        }
    }

    @Override
    public void finish(String task, long done) {
        if (terminal) {
            err.printf("\r%s: %,d%n", task, done);
        }
    }
}
