package org.chainmap.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.chainmap.imports.ImportRow;

/**
 * Writes rows to {@link OfflineRows} on a thread of its own, in batches, so that the CSV of the rows already checked is
 * written while the next ones are read and checked. A failure of the writing is thrown by the next call after it.
 */
final class OfflineRowWriter implements AutoCloseable {
    private static final int BATCH = 8_192;
    /** Batches waiting for the writer, beyond which the checks wait: bounds memory to a few batches. */
    private static final int WAITING = 4;

    private static final List<ImportRow> END = List.of();

    private final OfflineRows rows;
    private final BlockingQueue<List<ImportRow>> queue = new ArrayBlockingQueue<>(WAITING);
    private final Thread thread;
    private volatile RuntimeException failure;
    private List<ImportRow> batch = new ArrayList<>(BATCH);
    private boolean ended;

    OfflineRowWriter(OfflineRows rows) {
        this.rows = rows;
        this.thread = new Thread(this::work, "chainmap-first-load-csv");
        thread.setDaemon(true);
        thread.start();
    }

    void add(ImportRow row) {
        batch.add(row);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Writes what is left and waits until every row is written. */
    void finish() {
        if (ended) {
            return;
        }
        ended = true;
        hand(batch);
        hand(END);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the rows of the first load", e);
        }
        rethrow();
    }

    private void hand(List<ImportRow> rowsToWrite) {
        rethrow();
        try {
            queue.put(rowsToWrite);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the rows of the first load", e);
        }
    }

    private void work() {
        try {
            while (true) {
                List<ImportRow> next = queue.take();
                if (next == END) {
                    return;
                }
                if (failure == null) {
                    try {
                        next.forEach(rows::add);
                    } catch (RuntimeException e) {
                        // the batches still coming are taken, so that the checks never wait for a writer that stopped
                        failure = e;
                    }
                }
            }
        } catch (InterruptedException e) {
            // closed before the end: what was written is dropped
        }
    }

    private void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the writer, whatever it had left to write. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
