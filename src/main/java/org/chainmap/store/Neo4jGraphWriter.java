package org.chainmap.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    public void markChanged() {
        store.writeTransaction(tx -> tx.run(Queries.text("import/bump-version")).consume());
    }

    private static final class Neo4jBatch implements Batch {
        private final Store store;
        private final String query;
        private final List<Map<String, Object>> rows = new ArrayList<>(BATCH_SIZE);
        private long nodesCreated;
        private long relationshipsCreated;
        private long changed;

        private final boolean writesNodes;

        /** @param writesNodes whether a row of the file is a node (else a relationship), for telling updates from creations */
        Neo4jBatch(Store store, String queryName, boolean writesNodes) {
            this.store = store;
            this.writesNodes = writesNodes;
            this.query = Queries.text(queryName);
        }

        @Override
        public void add(Map<String, Object> row) {
            rows.add(row);
            if (rows.size() >= BATCH_SIZE) {
                flush();
            }
        }

        @Override
        public void flush() {
            if (rows.isEmpty()) {
                return;
            }
            List<Map<String, Object>> batch = List.copyOf(rows);
            rows.clear();
            long[] counts = store.writeTransaction(tx -> {
                var result = tx.run(query, Map.of("rows", batch));
                long rowsChanged = result.single().get("changed").asLong();
                var counters = result.consume().counters();
                // tallied only once the transaction commits: a retried batch must not count twice
                return new long[] {counters.nodesCreated(), counters.relationshipsCreated(), rowsChanged};
            });
            nodesCreated += counts[0];
            relationshipsCreated += counts[1];
            changed += counts[2];
        }

        @Override
        public long nodesCreated() {
            return nodesCreated;
        }

        @Override
        public long relationshipsCreated() {
            return relationshipsCreated;
        }

        @Override
        public long updated() {
            return Math.max(0, changed - (writesNodes ? nodesCreated : relationshipsCreated));
        }
    }
}
