package org.chainmap.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import org.chainmap.imports.GraphWriter;
import org.chainmap.imports.ImportFile;
import org.chainmap.imports.NodeKind;

/**
 * Writes imports to Neo4j: {@code UNWIND} batches of upserts from {@code cypher/queries/import}, one managed write
 * transaction per batch (retried on transient errors, which the upserts make safe).
 */
public final class Neo4jGraphWriter implements GraphWriter {
    static final int BATCH_SIZE = 10_000;
    private static final int KEY_LOOKUP_BATCH = 50_000;

    private final Store store;

    public Neo4jGraphWriter(Store store) {
        this.store = store;
    }

    @Override
    public Set<String> existingKeys(NodeKind kind, Collection<String> keys) {
        String query = "import/existing-" + switch (kind) {
            case CHAIN -> "chains";
            case LINK -> "links";
            case ENTERPRISE -> "enterprises";
            case PARK -> "parks";
        };
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += KEY_LOOKUP_BATCH) {
            var slice = all.subList(i, Math.min(all.size(), i + KEY_LOOKUP_BATCH));
            store.read(query, Map.of("keys", slice)).forEach(r -> found.add(r.get("key").asString()));
        }
        return found;
    }

    @Override
    public List<String[]> existingFlows() {
        return store.read("import/existing-flows", Map.of()).stream()
                .map(r -> new String[] {r.get("from").asString(), r.get("to").asString()})
                .toList();
    }

    @Override
    public Batch batch(ImportFile file) {
        boolean writesNodes = switch (file) {
            case CHAINS, LINKS, ENTERPRISES, PARKS, PROJECTS, EVALUATIONS -> true;
            case LINK_FLOWS, ENTERPRISE_LINKS, SUPPLIES, LEADERS, TENANTS -> false;
        };
        return new Neo4jBatch(store, "import/merge-" + file.baseName().replace('_', '-'), writesNodes);
    }

    @Override
    public Optional<Batch> creatingBatch(ImportFile file) {
        return switch (file) {
            case ENTERPRISES -> Optional.of(new Neo4jBatch(store, "import/create-enterprises", true));
            case ENTERPRISE_LINKS -> Optional.of(new Neo4jBatch(store, "import/create-enterprise-links", false));
            case SUPPLIES -> Optional.of(new Neo4jBatch(store, "import/create-supplies", false));
            default -> Optional.empty();
        };
    }

    @Override
    public void markChanged() {
        store.writeTransaction(tx -> tx.run(Queries.text("import/bump-version")).consume());
    }

    /**
     * Hands full batches to writer threads while the caller reads and checks the next rows. Batches of node files
     * run two at a time (distinct keys, no lock contention); batches of relationships one at a time, since two
     * batches touching the same enterprise would wait on each other's locks.
     */
    private static final class Neo4jBatch implements Batch {
        private final Store store;
        private final String query;
        private final boolean writesNodes;
        private final ExecutorService writers;
        private final Semaphore inFlight;
        private final List<Future<?>> pending = new ArrayList<>();
        private List<Map<String, Object>> rows = new ArrayList<>(BATCH_SIZE);
        private final LongAdder nodesCreated = new LongAdder();
        private final LongAdder relationshipsCreated = new LongAdder();
        private final LongAdder changed = new LongAdder();

        /** @param writesNodes whether a row of the file is a node (else a relationship), for telling updates from creations */
        Neo4jBatch(Store store, String queryName, boolean writesNodes) {
            this.store = store;
            this.writesNodes = writesNodes;
            this.query = Queries.text(queryName);
            int threads = writesNodes ? 2 : 1;
            this.writers = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "chainmap-import-writer");
                t.setDaemon(true);
                return t;
            });
            this.inFlight = new Semaphore(threads + 1);
        }

        @Override
        public void add(Map<String, Object> row) {
            rows.add(row);
            if (rows.size() >= BATCH_SIZE) {
                submit();
            }
        }

        private void submit() {
            List<Map<String, Object>> batch = rows;
            rows = new ArrayList<>(BATCH_SIZE);
            inFlight.acquireUninterruptibly();
            pending.add(writers.submit(() -> {
                try {
                    write(batch);
                } finally {
                    inFlight.release();
                }
            }));
            pending.removeIf(f -> f.isDone() && succeeded(f));
        }

        private void write(List<Map<String, Object>> batch) {
            long[] counts = store.writeTransaction(tx -> {
                var result = tx.run(query, Map.of("rows", batch));
                long rowsChanged = result.single().get("changed").asLong();
                var counters = result.consume().counters();
                return new long[] {counters.nodesCreated(), counters.relationshipsCreated(), rowsChanged};
            });
            // tallied once the transaction has committed: a retried batch does not count twice
            nodesCreated.add(counts[0]);
            relationshipsCreated.add(counts[1]);
            changed.add(counts[2]);
        }

        @Override
        public void flush() {
            try {
                if (!rows.isEmpty()) {
                    submit();
                }
                for (Future<?> f : pending) {
                    succeeded(f);
                    f.get();
                }
                pending.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                writers.shutdown();
            }
        }

        /** True when the finished batch committed; rethrows its failure otherwise. */
        private static boolean succeeded(Future<?> f) {
            if (f.isDone()) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return true;
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
        public long updated() {
            return Math.max(0, changed.sum() - (writesNodes ? nodesCreated.sum() : relationshipsCreated.sum()));
        }
    }
}
