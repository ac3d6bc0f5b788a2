package org.chainmap.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.chainmap.imports.GraphWriter;
import org.chainmap.imports.ImportRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the rows of one import file in {@code UNWIND} batches on two threads, keeping the threads off each other's
 * node locks. Every row names the nodes its write locks by key ({@code lockFields}: enterprise usccs, or the link id
 * of an IN_LINK tie); each key falls in one of {@value #BUCKETS} buckets, and a row goes to the batch of its pair of
 * buckets. Two batches run at the same time only when their buckets differ, so no such node is locked by both. Rows
 * of a file without lock fields share one batch and run one batch at a time. Neo4j still locks neighbouring
 * relationship records of a node's chain, so an occasional deadlock remains; the driver retries that batch (24 of 529
 * at 1M enterprises), and the file's retried batches are logged as one line when it is written.
 *
 * <p>Each batch is one managed write transaction, retried on transient errors, which its query must make safe; the
 * {@link BatchParameters} say how its rows are sent (ties by node id, new rows as columns).
 */
final class PartitionedBatch implements GraphWriter.Batch {
    /** Rows per transaction: of 2,500, 10,000 and 40,000 measured on 514,536 ties, 10,000 wrote fastest. */
    static final int BATCH_SIZE = 10_000;

    static final int BUCKETS = 4;
    private static final int THREADS = 2;
    /** Full batches waiting for a thread, beyond which the reader waits: bounds memory to a few batches. */
    private static final int MAX_READY = 4;

    private static final Logger LOG = LoggerFactory.getLogger(PartitionedBatch.class);

    private final Store store;
    private final String queryName;
    private final String query;
    private final List<String> lockFields;
    private final boolean writesNodes;
    private final BatchParameters parameters;
    private final List<Map<String, Object>>[] filling;
    private final List<Pending> ready = new ArrayList<>();
    private final boolean[] busy = new boolean[BUCKETS];
    private final List<Thread> writers = new ArrayList<>();
    private boolean closed;
    private RuntimeException failure;
    private final LongAdder nodesCreated = new LongAdder();
    private final LongAdder relationshipsCreated = new LongAdder();
    private final LongAdder changed = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private final LongAdder retried = new LongAdder();

    /** A full (or last) batch and the buckets it locks. */
    private record Pending(List<Map<String, Object>> rows, int low, int high) {}

    /**
     * @param lockFields the row fields holding the keys of the nodes a row's write locks
     * @param idFields the row fields holding enterprise usccs the query needs as node ids
     * @param writesNodes whether a row of the file is a node (else a tie), for telling updates from creations
     */
    PartitionedBatch(
            Store store, String queryName, List<String> lockFields, List<String> idFields, boolean writesNodes) {
        this(store, queryName, lockFields, idFields, writesNodes, List.of());
    }

    /**
     * @param columns the parameters of a query that takes its rows as one list per column (see
     *     {@link BatchParameters})
     */
    @SuppressWarnings("unchecked")
    PartitionedBatch(
            Store store,
            String queryName,
            List<String> lockFields,
            List<String> idFields,
            boolean writesNodes,
            List<String> columns) {
        this.store = store;
        this.queryName = queryName;
        this.query = Queries.text(queryName);
        this.lockFields = lockFields;
        this.writesNodes = writesNodes;
        this.parameters = new BatchParameters(queryName, idFields, columns);
        this.filling = (List<Map<String, Object>>[]) new List<?>[BUCKETS * BUCKETS];
    }

    @Override
    public void add(ImportRow imported) {
        Map<String, Object> row = ImportParameters.of(imported);
        int low = 0;
        int high = 0;
        if (!lockFields.isEmpty()) {
            low = BUCKETS;
            for (String field : lockFields) {
                int b = bucket((String) row.get(field));
                low = Math.min(low, b);
                high = Math.max(high, b);
            }
        }
        int group = low * BUCKETS + high;
        List<Map<String, Object>> rows = filling[group];
        if (rows == null) {
            rows = filling[group] = new ArrayList<>(BATCH_SIZE);
        }
        rows.add(row);
        if (rows.size() >= BATCH_SIZE) {
            filling[group] = null;
            enqueue(new Pending(rows, low, high), true);
        }
    }

    private static int bucket(String key) {
        return Math.floorMod(key.hashCode(), BUCKETS);
    }

    private synchronized void enqueue(Pending batch, boolean waitForRoom) {
        while (waitForRoom && ready.size() >= MAX_READY && failure == null) {
            waitQuietly();
        }
        rethrow();
        ready.add(batch);
        if (writers.isEmpty()) {
            for (int i = 0; i < THREADS; i++) {
                Thread t = new Thread(this::work, "chainmap-import-writer-" + i);
                t.setDaemon(true);
                writers.add(t);
                t.start();
            }
        }
        notifyAll();
    }

    /** A writer thread: takes the first waiting batch whose buckets no running batch holds, until closed. */
    private void work() {
        while (true) {
            Pending batch;
            synchronized (this) {
                while ((batch = takeRunnable()) == null) {
                    if ((closed && ready.isEmpty()) || failure != null) {
                        notifyAll();
                        return;
                    }
                    waitQuietly();
                }
            }
            RuntimeException failed = null;
            try {
                write(batch.rows());
            } catch (RuntimeException e) {
                failed = e;
            }
            synchronized (this) {
                hold(batch, false);
                if (failed != null && failure == null) {
                    failure = failed;
                }
                notifyAll();
            }
        }
    }

    private Pending takeRunnable() {
        for (Iterator<Pending> it = ready.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (!busy[p.low()] && !busy[p.high()]) {
                it.remove();
                hold(p, true);
                return p;
            }
        }
        return null;
    }

    private void hold(Pending p, boolean held) {
        busy[p.low()] = held;
        busy[p.high()] = held;
    }

    private void write(List<Map<String, Object>> batch) {
        int[] attempts = {0};
        long[] counts = store.writeTransaction(tx -> {
            attempts[0]++;
            var result = tx.run(query, parameters.of(tx, batch));
            var row = result.single();
            long rowsChanged = row.get("changed").asLong();
            // a query that writes more than its rows' nodes (a stage history, an audit entry) counts them itself
            long created = row.containsKey("created") ? row.get("created").asLong() : -1;
            long skippedRows = row.containsKey("skipped") ? row.get("skipped").asLong() : 0;
            var counters = result.consume().counters();
            return new long[] {
                created >= 0 ? created : counters.nodesCreated(),
                counters.relationshipsCreated(),
                rowsChanged,
                skippedRows
            };
        });
        // tallied once the transaction has committed: a retried batch does not count twice
        nodesCreated.add(counts[0]);
        relationshipsCreated.add(counts[1]);
        changed.add(counts[2]);
        skipped.add(counts[3]);
        batches.increment();
        if (attempts[0] > 1) {
            retried.increment();
        }
    }

    @Override
    public void flush() {
        for (int group = 0; group < filling.length; group++) {
            if (filling[group] != null) {
                enqueue(new Pending(filling[group], group / BUCKETS, group % BUCKETS), false);
                filling[group] = null;
            }
        }
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        for (Thread t : List.copyOf(writers)) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            }
        }
        synchronized (this) {
            rethrow();
        }
        if (retried.sum() > 0) {
            LOG.info(
                    "{}: {} of {} batches were run again after a transient error such as a deadlock between the "
                            + "writers; each was written once",
                    queryName,
                    retried.sum(),
                    batches.sum());
        }
    }

    private void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }

    private void waitQuietly() {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    @Override
    public long nodesCreated() {
        return nodesCreated.sum();
    }

    @Override
    public long relationshipsCreated() {
        return relationshipsCreated.sum();
    }

    @Override
    public long skipped() {
        return skipped.sum();
    }

    @Override
    public long updated() {
        return Math.max(0, changed.sum() - (writesNodes ? nodesCreated.sum() : relationshipsCreated.sum()));
    }
}
