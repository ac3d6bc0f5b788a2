package org.chainmap.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.chainmap.domain.ChainmapException;
import org.chainmap.imports.BulkLoad;
import org.chainmap.imports.GraphWriter;
import org.chainmap.imports.ImportFile;
import org.chainmap.imports.ImportRow;
import org.chainmap.imports.ImportRun;

/**
 * The first load of an empty embedded store ({@code import --initial}) through Neo4j's offline importer. The rows
 * of the large files are written as the importer's CSV into a work folder inside the data folder while they are
 * checked; once every file has passed, the marker file is written beside the store, the importer writes a new default
 * database in a staging home of its own, and that database takes the place of the store's (Neo4j stopped, its lock
 * held). Then the store is opened (the schema is built on the loaded nodes) and the version counters of the database
 * it replaced put back, and the remaining files are written through the returned writer. A load that does not finish
 * leaves the store as it was, or, once the database was replaced, with part of the import; either way its marker
 * names it until the import is run again.
 */
public final class FirstLoad implements BulkLoad {
    static final String WORK = "chainmap-initial-import.work";
    private static final Query<Label> HOLDS_DATA = Query.of("import/holds-data", Label.class);
    private static final Query<Meta> META = Query.of("import/meta-nodes", Meta.class);
    private static final Query<Restored> RESTORE_META = Query.of("import/restore-meta", Restored.class);

    record Label(String label) {}

    record Meta(Map<String, Object> props) {}

    record Restored(long restored) {}

    private final ConnectionSettings settings;
    private final FirstLoadLock running;
    private final Optional<ImportRun> replaced;
    private final List<Map<String, Object>> meta;
    private final Path work;
    private final OfflineRows rows;
    private final OfflineRowWriter writer;
    /** Creates a new store's system database and password while the input is checked; null for a store that has them. */
    private final Thread creation;

    private volatile RuntimeException creationFailure;
    private Store store;
    private long loadMs;
    private long importerMs;

    private FirstLoad(
            ConnectionSettings settings,
            FirstLoadLock running,
            Optional<ImportRun> replaced,
            List<Map<String, Object>> meta) {
        this.settings = settings;
        this.running = running;
        this.replaced = replaced;
        this.meta = meta;
        this.work = settings.dataDir().resolve(WORK);
        deleteTree(work);
        try {
            Files.createDirectories(work.resolve("csv"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + work, e);
        }
        this.rows = new OfflineRows(work.resolve("csv"));
        this.writer = new OfflineRowWriter(rows);
        if (Files.isDirectory(databaseDir(settings.dataDir()))) {
            this.creation = null;
        } else {
            this.creation = new Thread(this::create, "chainmap-first-load-create");
            creation.setDaemon(true);
            creation.start();
        }
    }

    /**
     * A new store's first start creates its system database and sets its password (seconds); done meanwhile, the
     * start after the load only opens them. Its empty default database is replaced by the load.
     */
    private void create() {
        try {
            EmbeddedNeo4j.start(settings.dataDir(), settings.pageCacheMb()).close();
        } catch (RuntimeException e) {
            creationFailure = e;
        }
    }

    private void awaitCreation() {
        if (creation == null) {
            return;
        }
        try {
            creation.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the store was created", e);
        }
        if (creationFailure != null) {
            throw creationFailure;
        }
    }

    /**
     * A first load of the embedded store of {@code settings}; refused (a {@link ChainmapException} saying why) for an
     * external Neo4j, for a store that another process holds, and for a store that holds data, unless that data is
     * what an interrupted first load left (which this load then replaces).
     */
    public static FirstLoad prepare(ConnectionSettings settings) {
        if (settings.external()) {
            throw new ChainmapException("import --initial loads the embedded store only; for the Neo4j at "
                    + settings.uri() + ", import without --initial (or load it with its own neo4j-admin)");
        }
        Path data = settings.dataDir();
        ServerFile.read(data).filter(f -> ProcessHandle.of(f.pid()).isPresent()).ifPresent(f -> {
            throw new ChainmapException("chainmap serve (pid " + f.pid() + ") holds the store in " + data
                    + "; stop it first: import --initial writes the store's files with Neo4j stopped");
        });
        FirstLoadLock running = FirstLoadLock.take(data);
        try {
            return prepare(settings, running);
        } catch (RuntimeException e) {
            running.release();
            throw e;
        }
    }

    private static FirstLoad prepare(ConnectionSettings settings, FirstLoadLock running) {
        Path data = settings.dataDir();
        Optional<ImportRun> interrupted = InitialImportMarker.read(data).filter(run -> !run.mayBeRunning());
        List<Map<String, Object>> meta = List.of();
        if (Files.isDirectory(databaseDir(data))) {
            try (Store store = Store.open(settings, false)) {
                if (interrupted.isEmpty()) {
                    store.read(HOLDS_DATA, Map.of()).stream().findFirst().ifPresent(found -> {
                        throw new ChainmapException("the store in " + data + " holds data (" + found.label()
                                + " nodes among others): import --initial loads an empty store only; import"
                                + " without --initial, or give a new --data folder");
                    });
                }
                meta = store.read(META, Map.of()).stream().map(Meta::props).toList();
            }
        }
        return new FirstLoad(settings, running, interrupted, meta);
    }

    /** The interrupted first load whose remains this load replaces, if any. */
    public Optional<ImportRun> replaces() {
        return replaced;
    }

    @Override
    public void add(ImportRow row) {
        writer.add(row);
    }

    @Override
    public Created created(ImportFile file) {
        return rows.created(file);
    }

    @Override
    public GraphWriter load(ImportRun run) {
        long start = System.nanoTime();
        writer.finish();
        rows.close();
        awaitCreation();
        Path data = settings.dataDir();
        Path home = work.resolve("neo4j");
        try (FileChannel lockFile = FileChannel.open(
                        Files.createDirectories(databaseDir(data).getParent()).resolve("store_lock"),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                throw new StoreUnavailableException("store in use: " + data + " is held by another process", null);
            }
            InitialImportMarker.write(data, run);
            OfflineImporter.run(home, rows.files(), rows.multiline(), work.resolve("import.log"));
            importerMs = (System.nanoTime() - start) / 1_000_000;
            replace(databaseDir(home), databaseDir(data));
            replace(transactionsDir(home), transactionsDir(data));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + data, e);
        }
        store = Store.open(settings, false);
        if (!meta.isEmpty()) {
            store.write(RESTORE_META, Map.of("metas", meta));
        }
        loadMs = (System.nanoTime() - start) / 1_000_000;
        return new Neo4jGraphWriter(store);
    }

    /** The store, open once {@link #load} has returned, until this closes. */
    public Store store() {
        if (store == null) {
            throw new IllegalStateException("the store opens when the load is done");
        }
        return store;
    }

    /** How long the load took: the offline importer, the replacement of the database, the store's start. */
    public long loadMs() {
        return loadMs;
    }

    /** How long Neo4j's offline importer took (its CSV files written before, during the checks). */
    public long importerMs() {
        return importerMs;
    }

    @Override
    public void finished(ImportRun run) {
        InitialImportMarker.delete(settings.dataDir(), run.id());
    }

    @Override
    public void close() {
        try {
            writer.close();
            rows.close();
            if (creation != null) {
                creation.join();
            }
            if (store != null) {
                store.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            try {
                deleteTree(work);
            } finally {
                running.release();
            }
        }
    }

    private static Path databaseDir(Path home) {
        return home.resolve("data").resolve("databases").resolve("neo4j");
    }

    private static Path transactionsDir(Path home) {
        return home.resolve("data").resolve("transactions").resolve("neo4j");
    }

    /** Puts {@code staged} in the place of {@code target}, on the same file system. */
    private static void replace(Path staged, Path target) throws IOException {
        if (!Files.isDirectory(staged)) {
            throw new IllegalStateException("Neo4j's offline importer wrote no " + staged);
        }
        deleteTree(target);
        Files.createDirectories(target.getParent());
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
