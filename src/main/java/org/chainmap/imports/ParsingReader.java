package org.chainmap.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and parses the rows of one file on a thread of its own, handing them on in batches, so that the checks across
 * rows (keys, references) of the rows already read run meanwhile. The problems of the rows themselves are kept here
 * apart, to be added to the run's once the file is read; its warnings go to the file's.
 */
final class ParsingReader implements AutoCloseable {
    /** A row as its parsing left it: whether it had a problem of its own, and where it is. */
    record Parsed(ParsedRow parsed, long line, boolean valid) {}

    private static final int BATCH = 1_024;
    /** Batches waiting, beyond which the reader waits: bounds memory to a few batches. */
    private static final int WAITING = 16;

    private static final List<Parsed> END = List.of();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(WAITING);
    private final Problems problems = new Problems();
    private final Thread thread;
    private List<Parsed> batch = List.of();
    private int next;
    private boolean ended;

    ParsingReader(TableReader reader, Header header, ImportFile file, RowParsers parsers, Warnings warnings) {
        this.thread = new Thread(() -> read(reader, header, file, parsers, warnings), "chainmap-import-parse");
        thread.setDaemon(true);
        thread.start();
    }

    private void read(TableReader reader, Header header, ImportFile file, RowParsers parsers, Warnings warnings) {
        try {
            try {
                List<Parsed> rows = new ArrayList<>(BATCH);
                while (reader.hasNext()) {
                    Row row = new Row(reader.name(), header, reader.next(), problems, warnings);
                    ParsedRow parsed = parsers.parse(file, row);
                    rows.add(new Parsed(parsed, row.line(), row.valid()));
                    if (rows.size() == BATCH) {
                        queue.put(rows);
                        rows = new ArrayList<>(BATCH);
                    }
                }
                queue.put(rows);
                queue.put(END);
            } catch (RuntimeException e) {
                queue.put(e);
            }
        } catch (InterruptedException e) {
            // closed before the end of the file
        }
    }

    /** The next row, or null after the last; a failure of the reading is thrown here. */
    Parsed next() {
        while (next == batch.size()) {
            if (ended) {
                return null;
            }
            Object taken;
            try {
                taken = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading", e);
            }
            if (taken instanceof RuntimeException e) {
                ended = true;
                throw e;
            }
            @SuppressWarnings("unchecked")
            List<Parsed> rows = (List<Parsed>) taken;
            ended = rows == END;
            batch = rows;
            next = 0;
        }
        return batch.get(next++);
    }

    /** The problems of the rows themselves, once every row was taken. */
    Problems problems() {
        return problems;
    }

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
