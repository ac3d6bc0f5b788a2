package org.chainmap.store;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * An in-process Neo4j Community under a data folder, reachable only through Bolt on a free loopback port and only
 * with a generated password kept in the data folder ({@link StoreKey}), readable by its owner alone like the store
 * files beside it. Setting a password takes a system-database command that costs seconds at each start, so a store
 * keeps its password until it is refused. chainmap never uses its embedded API for data: every read and write goes
 * through the driver, as it would for an external server.
 */
final class EmbeddedNeo4j implements AutoCloseable {
    private static final String USER = "neo4j";

    private final DatabaseManagementService dbms;
    private final Path dataDir;
    private final URI boltUri;
    private String password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, Path dataDir, URI boltUri, String password) {
        this.dbms = dbms;
        this.dataDir = dataDir;
        this.boltUri = boltUri;
        this.password = password;
    }

    /**
     * Starts the store with the password it keeps, or a new one when it has none; fails with {@link
     * StoreUnavailableException} when another process holds it.
     */
    static EmbeddedNeo4j start(Path dataDir, long pageCacheMb) {
        var kept = StoreKey.read(dataDir);
        EmbeddedNeo4j started =
                start(dataDir, pageCacheMb, 0, kept.orElseGet(EmbeddedNeo4j::newPassword), kept.isEmpty());
        if (kept.isEmpty()) {
            StoreKey.write(dataDir, started.password);
        }
        return started;
    }

    /** Starts the store with Bolt on a given loopback port (0 for any free one) and a given password. */
    static EmbeddedNeo4j start(Path dataDir, long pageCacheMb, int boltPort, String password) {
        return start(dataDir, pageCacheMb, boltPort, password, true);
    }

    private static EmbeddedNeo4j start(
            Path dataDir, long pageCacheMb, int boltPort, String password, boolean setPassword) {
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheMb * 1024 * 1024)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                    // the driver closes its connections before the store stops: nothing to wait for
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                    .build();
        } catch (RuntimeException e) {
            throw new StoreUnavailableException(
                    "store in use: " + dataDir + " is held by another process (stop it, or run `serve` so that"
                            + " other commands can connect through it)",
                    e);
        }
        try {
            if (setPassword) {
                setPassword(dbms, password);
            }
            var db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            var address = db.getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT);
            return new EmbeddedNeo4j(dbms, dataDir, URI.create("bolt://127.0.0.1:" + address.getPort()), password);
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw e;
        }
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally(Queries.text("admin/set-password"), Map.of("password", password));
        } catch (QueryExecutionException e) {
            // a restart with the password it already has (a fixed one): nothing to change
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
        }
    }

    /** Gives the store a new password and keeps it: for a store whose kept password was refused. */
    void renewPassword() {
        password = newPassword();
        setPassword(dbms, password);
        StoreKey.write(dataDir, password);
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    URI boltUri() {
        return boltUri;
    }

    String user() {
        return USER;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }
}
