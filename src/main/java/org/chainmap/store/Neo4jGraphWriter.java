package org.chainmap.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.chainmap.imports.ChangedTies;
import org.chainmap.imports.GraphWriter;
import org.chainmap.imports.ImportFile;
import org.chainmap.imports.ImportRun;
import org.chainmap.imports.ImportSummary;
import org.chainmap.imports.NodeKind;

/**
 * Writes imports to Neo4j: {@code UNWIND} batches of upserts from {@code cypher/queries/import}, one managed write
 * transaction per batch (retried on transient errors, which the upserts make safe), two at a time where their rows
 * lock distinct enterprises (see {@link PartitionedBatch}).
 */
public final class Neo4jGraphWriter implements GraphWriter {
    private static final int KEY_LOOKUP_BATCH = 50_000;
    private static final List<String> ENTERPRISE_LOCKS = List.of("uscc");
    private static final List<String> LINK_LOCKS = List.of("linkId");
    /** A supply tie locks, and is written by the node ids of, its supplier and its customer. */
    private static final List<String> SUPPLY_LOCKS = List.of("supplier", "customer");

    private final Store store;

    public Neo4jGraphWriter(Store store) {
        this.store = store;
    }

    @Override
    public Set<String> existingKeys(NodeKind kind, Collection<String> keys) {
        String query = "import/existing-"
                + switch (kind) {
                    case CHAIN -> "chains";
                    case LINK -> "links";
                    case ENTERPRISE -> "enterprises";
                    case PARK -> "parks";
                    case PROJECT -> "projects";
                    case PARCEL -> "parcels";
                };
        Set<String> found = new HashSet<>();
        lookUp(query, keys, r -> found.add(r.get("key").asString()));
        return found;
    }

    /** Runs a look-up of keys in slices of {@link #KEY_LOOKUP_BATCH}, each row to {@code row}. */
    private void lookUp(
            String query, Collection<String> keys, java.util.function.Consumer<org.neo4j.driver.Record> row) {
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += KEY_LOOKUP_BATCH) {
            var slice = all.subList(i, Math.min(all.size(), i + KEY_LOOKUP_BATCH));
            store.read(query, Map.of("keys", slice)).forEach(row);
        }
    }

    @Override
    public Map<String, String> parcelStatuses(Collection<String> ids) {
        Map<String, String> found = new java.util.HashMap<>();
        lookUp(
                "import/parcel-statuses",
                ids,
                r -> found.put(r.get("key").asString(), r.get("status").asString()));
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
        return partitioned(file, "import/merge-" + file.baseName().replace('_', '-'));
    }

    @Override
    public Optional<Batch> creatingBatch(ImportFile file) {
        return switch (file) {
            case ENTERPRISES ->
                Optional.of(new PartitionedBatch(
                        store,
                        "import/create-enterprises",
                        ENTERPRISE_LOCKS,
                        List.of(),
                        true,
                        List.of(
                                "uscc",
                                "name",
                                "region",
                                "local",
                                "localDefault",
                                "division",
                                "scale",
                                "revenue",
                                "tax",
                                "registeredCapital",
                                "employees",
                                "landMu",
                                "founded",
                                "tags",
                                "industryCode",
                                "businessScope",
                                "products")));
            case ENTERPRISE_LINKS ->
                Optional.of(new PartitionedBatch(
                        store,
                        "import/create-enterprise-links",
                        LINK_LOCKS,
                        List.of(),
                        false,
                        List.of("uscc", "linkId", "main")));
            case SUPPLIES ->
                Optional.of(new PartitionedBatch(
                        store,
                        "import/create-supplies",
                        SUPPLY_LOCKS,
                        SUPPLY_LOCKS,
                        false,
                        List.of("supplierId", "customerId", "value", "since", "source", "confidence")));
            default -> Optional.empty();
        };
    }

    /**
     * The batch of one file: which enterprises a row's write locks (rows with distinct ones run in parallel) and
     * which enterprises its query takes as node ids.
     */
    private PartitionedBatch partitioned(ImportFile file, String query) {
        return switch (file) {
            case ENTERPRISES, EVALUATIONS -> new PartitionedBatch(store, query, ENTERPRISE_LOCKS, List.of(), true);
            // every row locks one of a few hundred dense link nodes, so rows are kept apart by link (31.2 s on one
            // thread, 25.1 s on two at 1M enterprises); an enterprise has about one such tie, so the rare one in two
            // links of different buckets may meet the other thread, and that batch is retried
            case ENTERPRISE_LINKS -> new PartitionedBatch(store, query, LINK_LOCKS, List.of(), false);
            case SUPPLIES -> new PartitionedBatch(store, query, SUPPLY_LOCKS, SUPPLY_LOCKS, false);
            case CHAINS, LINKS, PARKS, PROJECTS, PROJECT_EVENTS, VISITS, PARCELS, RENEWALS ->
                new PartitionedBatch(store, query, List.of(), List.of(), true);
            case LINK_FLOWS, LEADERS, TENANTS -> new PartitionedBatch(store, query, List.of(), List.of(), false);
        };
    }

    @Override
    public void markChanged(boolean memberships, ChangedTies ties) {
        store.writeTransaction(tx -> {
            long version = tx.run(Queries.text("import/bump-version"), Map.of("memberships", memberships))
                    .single()
                    .get("version")
                    .asLong();
            if (ties != null) {
                tx.run(
                                Queries.text("import/record-changed-ties"),
                                Map.of(
                                        "version",
                                        version,
                                        "suppliers",
                                        ties.suppliers(),
                                        "customers",
                                        ties.customers()))
                        .consume();
            }
            return version;
        });
    }

    @Override
    public void recordImport(ImportRun run, List<ImportSummary.FileSummary> files) {
        Map<String, List<Object>> changes = new LinkedHashMap<>();
        changes.put("source", Arrays.asList(null, run.source()));
        for (ImportSummary.FileSummary f : files) {
            String after = f.rows() + " rows, " + (f.nodesCreated() + f.relationshipsCreated()) + " created, "
                    + f.updated() + " updated" + (f.skipped() > 0 ? ", " + f.skipped() + " skipped" : "");
            changes.put(f.file(), Arrays.asList(null, after));
        }
        String json;
        try {
            json = new ObjectMapper().writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("file names and counts are plain text", e);
        }
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("at", java.time.Instant.now().toString());
        params.put("by", "import");
        params.put("action", "IMPORT");
        params.put("entity", "import");
        params.put("id", run.id());
        params.put("changes", json);
        store.writeTransaction(
                tx -> tx.run(Queries.text("workbench/audit-add"), params).consume());
    }

    @Override
    public void importStarted(ImportRun run) {
        store.writeTransaction(tx -> tx.run(
                        Queries.text("import/run-started"),
                        Map.of(
                                "id", run.id(),
                                "source", run.source(),
                                "startedAt", run.startedAt(),
                                "host", run.host(),
                                "pid", run.pid()))
                .consume());
    }

    @Override
    public void importsFinished(List<String> runIds) {
        store.writeTransaction(tx -> tx.run(Queries.text("import/runs-finished"), Map.of("ids", runIds))
                .consume());
        store.dataDir().ifPresent(dir -> runIds.forEach(id -> InitialImportMarker.delete(dir, id)));
    }

    /** The runs of the marker nodes, and that of a first load's marker file beside the embedded store. */
    @Override
    public List<ImportRun> unfinishedImports() {
        List<ImportRun> runs = new ArrayList<>(store.read("import/unfinished-runs", Map.of()).stream()
                .map(r -> new ImportRun(
                        r.get("id").asString(),
                        r.get("source").asString(),
                        r.get("startedAt").asString(),
                        r.get("host").asString(),
                        r.get("pid").asLong()))
                .toList());
        store.dataDir().flatMap(InitialImportMarker::read).ifPresent(runs::add);
        runs.sort(java.util.Comparator.comparing(ImportRun::startedAt).thenComparing(ImportRun::id));
        return runs;
    }
}
