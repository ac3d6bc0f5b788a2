package org.chainmap.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chainmap.TestFolders;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * How fast this machine's Neo4j can write supply ties at all: the same ties, as the importer writes them (four
 * properties, 10,000 per transaction, endpoints by node id), written through Bolt, through Cypher in process, and
 * through Neo4j's own embedded API with no Cypher and no Bolt, on one or two threads. It bounds what any Bolt
 * importer can reach here; chainmap itself never writes through the embedded API. Run from the project folder after
 * {@code ./mvnw package -DskipTests} (which also compiles the tests):
 * <pre>java -Xmx2g -cp target/chainmap.jar:target/test-classes org.chainmap.bench.KernelWriteCeiling 1000000</pre>
 */
public final class KernelWriteCeiling {
    private static final int NODES = 200_000;
    private static final int BATCH = 10_000;
    private static final String CREATE = """
            UNWIND $rows AS row
            MATCH (s:Enterprise) WHERE id(s) = row.supplierId
            MATCH (c:Enterprise) WHERE id(c) = row.customerId
            CREATE (s)-[:SUPPLIES {value: row.props.value, since: row.props.since, source: row.props.source,
                                   confidence: row.props.confidence}]->(c)""";

    private static final String CREATE_COLUMNS = """
            UNWIND range(0, size($supplier) - 1) AS i
            MATCH (s:Enterprise) WHERE id(s) = $supplier[i]
            MATCH (c:Enterprise) WHERE id(c) = $customer[i]
            CREATE (s)-[:SUPPLIES {value: $value[i], since: $since[i], source: $source[i],
                                   confidence: $confidence[i]}]->(c)""";

    private enum Way {
        BOLT,
        BOLT_COLUMNS,
        CYPHER_IN_PROCESS,
        KERNEL,
        KERNEL_NO_PROPERTIES,
        KERNEL_TWO_THREADS
    }

    public static void main(String[] args) throws Exception {
        int ties = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        System.out.printf("%,d enterprises, %,d ties per way, %,d per transaction%n", NODES, ties, BATCH);
        for (Way way : Way.values()) {
            Path dir = TestFolders.create("ceiling-");
            try {
                double perSecond = run(dir, way, ties);
                System.out.printf("%-22s %,9.0f ties/s%n", way, perSecond);
            } finally {
                TestFolders.delete(dir);
            }
        }
    }

    private static double run(Path dir, Way way, int ties) throws Exception {
        var dbms = new DatabaseManagementServiceBuilder(dir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 1024L * 1024 * 1024)
                .build();
        try {
            var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            long[] ids = nodes(db);
            long start = System.nanoTime();
            switch (way) {
                case BOLT -> bolt(db, ids, ties, false);
                case BOLT_COLUMNS -> bolt(db, ids, ties, true);
                case CYPHER_IN_PROCESS -> inProcess(db, ids, ties);
                case KERNEL -> kernel(db, ids, ties, 0, 1, true);
                case KERNEL_NO_PROPERTIES -> kernel(db, ids, ties, 0, 1, false);
                case KERNEL_TWO_THREADS -> {
                    try (var pool = Executors.newFixedThreadPool(2)) {
                        List<Future<?>> parts = new ArrayList<>();
                        for (int part = 0; part < 2; part++) {
                            int p = part;
                            parts.add(pool.submit(() -> kernel(db, ids, ties / 2, p, 2, true)));
                        }
                        for (Future<?> f : parts) {
                            f.get();
                        }
                    }
                }
            }
            return ties * 1e9 / (System.nanoTime() - start);
        } finally {
            dbms.shutdown();
        }
    }

    // node ids, deprecated in the embedded API, are its cheapest handle: the probe measures the store, not look-ups
    @SuppressWarnings("removal")
    private static long[] nodes(GraphDatabaseAPI db) {
        long[] ids = new long[NODES];
        for (int b = 0; b < NODES; b += BATCH) {
            try (var tx = db.beginTx()) {
                for (int i = b; i < b + BATCH; i++) {
                    var node = tx.createNode(Label.label("Enterprise"));
                    node.setProperty("uscc", "E" + i);
                    ids[i] = node.getId();
                }
                tx.commit();
            }
        }
        return ids;
    }

    /** Ties of one thread: suppliers whose number leaves remainder {@code part}, so two threads meet only at customers. */
    @SuppressWarnings("removal")
    private static void kernel(GraphDatabaseAPI db, long[] ids, int ties, int part, int parts, boolean properties) {
        var random = new SplittableRandom(part);
        var supplies = RelationshipType.withName("SUPPLIES");
        for (int b = 0; b < ties; b += BATCH) {
            try (var tx = db.beginTx()) {
                for (int i = 0; i < BATCH; i++) {
                    int s = random.nextInt(NODES / parts) * parts + part;
                    var tie = tx.getNodeById(ids[s])
                            .createRelationshipTo(tx.getNodeById(ids[random.nextInt(NODES)]), supplies);
                    if (properties) {
                        tie.setProperty("value", random.nextDouble() * 1000);
                        tie.setProperty("since", LocalDate.of(2020, 1, 1));
                        tie.setProperty("source", "survey");
                        tie.setProperty("confidence", 0.8);
                    }
                }
                tx.commit();
            }
        }
    }

    private static List<Map<String, Object>> rows(SplittableRandom random, long[] ids) {
        List<Map<String, Object>> rows = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            rows.add(Map.of(
                    "supplierId",
                    ids[random.nextInt(NODES)],
                    "customerId",
                    ids[random.nextInt(NODES)],
                    "props",
                    Map.of(
                            "value",
                            random.nextDouble() * 1000,
                            "since",
                            LocalDate.of(2020, 1, 1),
                            "source",
                            "survey",
                            "confidence",
                            0.8)));
        }
        return rows;
    }

    private static void inProcess(GraphDatabaseAPI db, long[] ids, int ties) {
        var random = new SplittableRandom(0);
        for (int b = 0; b < ties; b += BATCH) {
            var rows = rows(random, ids);
            try (var tx = db.beginTx()) {
                tx.execute(CREATE, Map.of("rows", rows)).close();
                tx.commit();
            }
        }
    }

    /** The rows as one list per column, so that no map crosses the wire. */
    private static Map<String, Object> columns(List<Map<String, Object>> rows) {
        Map<String, Object> columns = new java.util.HashMap<>();
        columns.put("supplier", rows.stream().map(r -> r.get("supplierId")).toList());
        columns.put("customer", rows.stream().map(r -> r.get("customerId")).toList());
        for (String p : List.of("value", "since", "source", "confidence")) {
            columns.put(
                    p,
                    rows.stream().map(r -> ((Map<?, ?>) r.get("props")).get(p)).toList());
        }
        return columns;
    }

    private static void bolt(GraphDatabaseAPI db, long[] ids, int ties, boolean asColumns) {
        int port = db.getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT)
                .getPort();
        var random = new SplittableRandom(0);
        try (var driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
                var session = driver.session()) {
            for (int b = 0; b < ties; b += BATCH) {
                var rows = rows(random, ids);
                if (asColumns) {
                    var columns = columns(rows);
                    session.executeWrite(tx -> tx.run(CREATE_COLUMNS, columns).consume());
                } else {
                    session.executeWrite(
                            tx -> tx.run(CREATE, Map.of("rows", rows)).consume());
                }
            }
        }
    }
}
