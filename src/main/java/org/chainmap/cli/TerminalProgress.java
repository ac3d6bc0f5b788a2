package org.chainmap.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.chainmap.imports.Progress;

/**
 * Shows progress on standard error when it is a terminal: how many, how fast, and, where the total is known, about
 * how long is left; at most a few times a second. Silent otherwise, so logs and pipes stay clean.
 */
final class TerminalProgress implements Progress {
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier nanos;
    private final Map<String, Long> started = new HashMap<>();
    private long drawn;

    TerminalProgress(PrintStream err, boolean terminal, LongSupplier nanos) {
        this.err = err;
        this.terminal = terminal;
        this.nanos = nanos;
    }

    static Progress toStderr() {
        return new TerminalProgress(System.err, System.console() != null, System::nanoTime);
    }

    @Override
    public synchronized void update(String task, long done) {
        update(task, done, -1);
    }

    @Override
    public synchronized void update(String task, long done, long total) {
        if (!terminal) {
            return;
        }
        long now = nanos.getAsLong();
        long start = started.computeIfAbsent(task, t -> now);
        if (now - drawn < REDRAW_NANOS) {
            return;
        }
        drawn = now;
        err.print("\r" + line(task, done, total, now - start) + "\u001b[K");
        err.flush();
    }

    @Override
    public synchronized void finish(String task, long done) {
        if (!terminal) {
            return;
        }
        long now = nanos.getAsLong();
        long start = started.getOrDefault(task, now);
        started.remove(task);
        err.print("\r" + line(task, done, -1, now - start) + "\u001b[K" + System.lineSeparator());
        err.flush();
        drawn = 0;
    }

    /** {@code writing enterprises.csv: 350,000 / 1,000,000 · 52,000/s · about 12 s left}. */
    static String line(String task, long done, long total, long elapsedNanos) {
        StringBuilder b = new StringBuilder(task).append(": ").append(String.format(Locale.ROOT, "%,d", done));
        if (total > 0) {
            b.append(String.format(Locale.ROOT, " / %,d", total));
        }
        double seconds = elapsedNanos / 1e9;
        if (seconds >= 0.5 && done > 0) {
            double rate = done / seconds;
            b.append(String.format(Locale.ROOT, " · %,.0f/s", rate));
            if (total > done) {
                b.append(" · about ").append(duration((total - done) / rate)).append(" left");
            } else if (total <= 0) {
                b.append(" · ").append(duration(seconds));
            }
        }
        return b.toString();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 90
                ? s + " s"
                : s < 5400 ? Math.round(s / 60.0) + " min" : String.format(Locale.ROOT, "%.1f h", s / 3600.0);
    }
}
