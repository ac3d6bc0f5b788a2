package org.chainmap.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * chainmap's one door to Neo4j. Whatever holds the graph (the embedded store under {@code --data}, a {@code serve}
 * process already holding it, an external server or a cluster), all access goes through the same driver, with
 * named queries from {@code cypher/queries}. Reads are routed to secondaries on a cluster.
 */
public final class Store implements AutoCloseable {
    /** How long one read query may run before the server cancels it. */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(120);

    /**
     * Records the driver pulls per round trip. A projection streams one record per enterprise, each carrying its
     * ties; the default was measured against others ({@code BENCHMARKS.md}), the JVM property overrides it.
     */
    private static final String FETCH_SIZE_PROPERTY = "chainmap.fetchSize";

    private static final int DEFAULT_FETCH_SIZE = 5_000;

    /** The folder of kept projections, beside the store or in the user's cache folder. */
    private static final String CACHE = "projections";

    private static final QueryConfig READ = QueryConfig.builder()
            .withRouting(RoutingControl.READ)
            .withTimeout(READ_TIMEOUT)
            .build();

    private final Driver driver;
    private final EmbeddedNeo4j embedded;
    private final Path publishedIn;
    private final String description;
    private final String kind;
    /** The embedded store's folder (held here or by a {@code serve}); null for an external Neo4j. */
    private final Path dataDir;

    private final Thread shutdownHook;
    private boolean closed;

    private Store(
            Driver driver, EmbeddedNeo4j embedded, Path publishedIn, Path dataDir, String description, String kind) {
        this.kind = kind;
        this.dataDir = dataDir;
        this.driver = driver;
        this.embedded = embedded;
        this.publishedIn = publishedIn;
        this.description = description;
        // Ctrl-C or a kill: shut the embedded store down cleanly and withdraw the server file
        this.shutdownHook = embedded == null ? null : new Thread(this::shutdown, "chainmap-store-shutdown");
        if (shutdownHook != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /**
     * Connects as the settings say and applies the schema. For the embedded default: connects through a running
     * {@code serve} on the same data folder when there is one, else starts the store in this process; with
     * {@code publish} (for {@code serve}) it then writes the server file so that other processes can join.
     */
    public static Store open(ConnectionSettings settings, boolean publish) {
        Store store = connect(settings, publish);
        try {
            Schema.apply(store);
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Store connect(ConnectionSettings settings, boolean publish) {
        if (settings.external()) {
            AuthToken auth = settings.password() == null
                    ? AuthTokens.none()
                    : AuthTokens.basic(settings.user(), settings.password());
            Driver driver = verified(GraphDatabase.driver(settings.uri(), auth, driverConfig()), settings.uri());
            return new Store(driver, null, null, null, settings.uri(), "external Neo4j");
        }
        Path data = settings.dataDir();
        refuseDuringFirstLoad(data);
        var running =
                ServerFile.read(data).filter(f -> ProcessHandle.of(f.pid()).isPresent());
        if (running.isPresent()) {
            ServerFile f = running.get();
            try {
                Driver driver = verified(
                        GraphDatabase.driver(f.uri(), AuthTokens.basic(f.user(), f.password()), driverConfig()),
                        f.uri().toString());
                return new Store(
                        driver,
                        null,
                        null,
                        data,
                        "chainmap serve (pid " + f.pid() + ") at " + f.uri(),
                        "embedded Neo4j of chainmap serve");
            } catch (StoreUnavailableException stale) {
                // the server is going away; fall through and try to take the store ourselves
            }
        }
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(data, settings.pageCacheMb());
        try {
            Driver driver = embeddedDriver(embedded);
            if (publish) {
                new ServerFile(
                                embedded.boltUri(),
                                embedded.user(),
                                embedded.password(),
                                ProcessHandle.current().pid())
                        .write(data);
            }
            return new Store(
                    driver,
                    embedded,
                    publish ? data : null,
                    data,
                    "embedded Neo4j in " + data.toAbsolutePath(),
                    "embedded Neo4j");
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    /**
     * A first load ({@code import --initial}) writes the store's files with Neo4j stopped; while its process runs, no
     * other may open the store.
     */
    private static void refuseDuringFirstLoad(Path data) {
        var loading = InitialImportMarker.read(data)
                .filter(run -> run.mayBeRunning()
                        && run.pid() != ProcessHandle.current().pid());
        if (loading.isPresent()) {
            throw new StoreUnavailableException(
                    "store in use: the first load (import --initial) of "
                            + loading.get().source() + " is being written" + " into " + data + " by process "
                            + loading.get().pid() + "; wait for it to finish",
                    null);
        }
    }

    /**
     * The driver logs through SLF4J, so that {@code simplelogger.properties} quiets its retries like every other
     * logger; its own default, {@link System.Logger}, would bypass that configuration.
     */
    @SuppressWarnings("deprecation")
    private static Config driverConfig() {
        return Config.builder()
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(15, TimeUnit.SECONDS)
                .withFetchSize(Integer.getInteger(FETCH_SIZE_PROPERTY, DEFAULT_FETCH_SIZE))
                .withLogging(Logging.slf4j())
                .build();
    }

    /** A driver to the embedded store, giving it a new password when the one it kept is refused. */
    private static Driver embeddedDriver(EmbeddedNeo4j embedded) {
        try {
            return verified(embeddedDriverOnce(embedded), embedded.boltUri().toString());
        } catch (StoreUnavailableException e) {
            if (!(e.getCause() instanceof AuthenticationException)) {
                throw e;
            }
            embedded.renewPassword();
            return verified(embeddedDriverOnce(embedded), embedded.boltUri().toString());
        }
    }

    private static Driver embeddedDriverOnce(EmbeddedNeo4j embedded) {
        return GraphDatabase.driver(
                embedded.boltUri(), AuthTokens.basic(embedded.user(), embedded.password()), driverConfig());
    }

    private static Driver verified(Driver driver, String where) {
        try {
            driver.verifyConnectivity();
            return driver;
        } catch (ServiceUnavailableException | SessionExpiredException | AuthenticationException e) {
            driver.close();
            throw new StoreUnavailableException("cannot reach Neo4j at " + where + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs a named read query (routed to a reader on a cluster) and returns all its records; it is cancelled by
     * the server after {@link #READ_TIMEOUT}.
     */
    public List<Record> read(String query, Map<String, Object> parameters) {
        return available(() -> driver.executableQuery(Queries.text(query))
                .withParameters(parameters)
                .withConfig(READ)
                .execute()
                .records());
    }

    /** Runs a named read query as {@link #read(String, Map)} and turns each row into the query's row record. */
    public <R extends java.lang.Record> List<R> read(Query<R> query, Map<String, Object> parameters) {
        List<R> rows = new java.util.ArrayList<>();
        for (Record r : read(query.name(), parameters)) {
            rows.add(Rows.of(query.row(), r));
        }
        return rows;
    }

    /**
     * Runs a named write query in a managed write transaction and turns each row into the query's row record; the
     * transaction is retried on transient errors, so the query must be idempotent.
     */
    public <R extends java.lang.Record> List<R> write(Query<R> query, Map<String, Object> parameters) {
        return writeTransaction(tx -> new Reads(tx).all(query, parameters));
    }

    /**
     * Runs several named read queries in one managed read transaction, so that they see the same graph; each row
     * reaches the caller as its query's row record, one at a time, never all held at once.
     */
    public <T> T reading(java.util.function.Function<Reads, T> work) {
        return readTransaction(tx -> work.apply(new Reads(tx)));
    }

    /**
     * Runs several named queries in one managed write transaction: all their changes are kept, or none. The
     * transaction is retried on transient errors (a deadlock, a leader switch), so {@code work} must do the same
     * when run again: everything it writes is decided before it starts (ids, times).
     */
    public <T> T writing(java.util.function.Function<Reads, T> work) {
        return writeTransaction(tx -> work.apply(new Reads(tx)));
    }

    /** Runs one schema statement of {@code cypher/schema} (they take no parameters). */
    void apply(String statement) {
        available(() -> driver.executableQuery(statement).execute());
    }

    /** The store's indexes (constraints' included) by name, each with whether it is online. */
    Map<String, Boolean> schemaNames() {
        Map<String, Boolean> names = new HashMap<>();
        for (var row : read("admin/schema-names", Map.of())) {
            names.put(row.get("name").asString(), row.get("online").asBoolean());
        }
        return names;
    }

    /**
     * Where what is computed from this store may be kept between processes: a folder beside the embedded store, or
     * the user's cache folder for an external Neo4j (what is kept there names the store it came from).
     */
    public Path cacheFolder() {
        return dataDir != null ? dataDir.resolve(CACHE) : userCache();
    }

    private static Path userCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(System.getProperty("user.home"), ".cache") : Path.of(xdg);
        return base.resolve("chainmap").resolve(CACHE);
    }

    /** The graph's change counter, bumped by every import that changed something (0 before the first). */
    public long graphVersion() {
        return read("store/graph-version", Map.of()).getFirst().get("version").asLong();
    }

    /**
     * The version cached answers are kept by: it changes with the graph's version and with every write of the
     * workbench, which changes projects and visits but not the projections.
     */
    public long answerVersion() {
        return read("store/answer-version", Map.of()).getFirst().get("version").asLong();
    }

    /** Runs a unit of reading work in a managed read transaction (retried on transient errors). */
    public <T> T readTransaction(TransactionCallback<T> work) {
        return available(() -> {
            try (var session = driver.session(causal())) {
                return session.executeRead(work);
            }
        });
    }

    /** Runs a unit of writing work in a managed write transaction; it is retried, so it must be idempotent. */
    public <T> T writeTransaction(TransactionCallback<T> work) {
        return available(() -> {
            try (var session = driver.session(causal())) {
                return session.executeWrite(work);
            }
        });
    }

    /**
     * Neo4j going away mid-work surfaces as {@link StoreUnavailableException}, whatever the driver's exception; the
     * driver reconnects by itself once Neo4j is back, so the next call may succeed.
     */
    private <T> T available(Supplier<T> work) {
        try {
            return work.get();
        } catch (ServiceUnavailableException | SessionExpiredException e) {
            throw new StoreUnavailableException("Neo4j at " + description + " is unreachable: " + e.getMessage(), e);
        }
    }

    /**
     * Sessions share the bookmarks of {@link #read}: on a cluster, a read sent to a secondary after an import in
     * this process waits until that secondary has the import.
     */
    private SessionConfig causal() {
        return SessionConfig.builder()
                .withBookmarkManager(driver.executableQueryBookmarkManager())
                .build();
    }

    /** True when Neo4j answers now. */
    public boolean reachable() {
        try {
            driver.verifyConnectivity();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    public Driver driver() {
        return driver;
    }

    /** The folder of the embedded store, held by this process or by a {@code serve}; empty for an external Neo4j. */
    java.util.Optional<Path> dataDir() {
        return java.util.Optional.ofNullable(dataDir);
    }

    /** Where the graph is, in words, for logs and {@code /health}. */
    public String description() {
        return description;
    }

    /** What kind of store this is, without its folder or address: for those who may not see where it is. */
    public String kind() {
        return kind;
    }

    @Override
    public void close() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it closes the store
            }
        }
        shutdown();
    }

    private synchronized void shutdown() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.close();
        } finally {
            if (publishedIn != null) {
                ServerFile.delete(publishedIn);
            }
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
