package org.chainmap.analysis.projection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Full projections kept on disk in a folder (beside the embedded store, or a cache folder for an external Neo4j),
 * one file per store, graph and setting, holding the last projection written, at the {@link ProjectionKey} it was
 * read at. A projection is loaded only at the very key the graph has now, so a file left from before a change made
 * by any process is not used; a file that cannot be read is taken as absent. Files are written in the background
 * (the projection is immutable) to a temporary name and then moved into place, so a reader never sees half a file;
 * the JVM waits a little for the writes under way when it exits (one hook for every instance).
 */
public final class ProjectionSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionSnapshots.class);
    /** How long an exiting JVM waits for a write under way. */
    private static final Duration EXIT_WAIT = Duration.ofSeconds(30);

    /** The writes under way in any instance, which one hook lets finish when the JVM exits. */
    private static final Set<Future<?>> UNDER_WAY = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> UNDER_WAY.forEach(ProjectionSnapshots::await), "chainmap-projection-snapshot-exit"));
    }

    private final Path folder;
    private final ExecutorService writer;
    private volatile Future<?> pending;

    private ProjectionSnapshots(Path folder) {
        this.folder = folder;
        // one writer at a time, whose thread ends when it has been idle a while
        ThreadPoolExecutor one = new ThreadPoolExecutor(1, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "chainmap-projection-snapshot");
            t.setDaemon(true);
            return t;
        });
        one.allowCoreThreadTimeOut(true);
        this.writer = one;
    }

    /** Snapshots in {@code folder}, made when first written. */
    public static ProjectionSnapshots in(Path folder) {
        return new ProjectionSnapshots(folder);
    }

    /** The projection kept for {@code key}, or {@code null} when none is, or the one kept is for another key. */
    IndustryGraph load(ProjectionKey key) {
        if (!usable(key)) {
            return null;
        }
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        long start = System.nanoTime();
        try (var in = new ColumnFile.Reader(file)) {
            IndustryGraph graph = ProjectionSnapshot.read(key, in);
            if (graph != null) {
                LOG.debug("projection at version {} loaded from {} in {} ms", key.version(), file, since(start));
            }
            return graph;
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot read the projection kept in {} ({}); reading the graph instead", file, e.toString());
            return null;
        }
    }

    /** Whether a projection is kept for {@code key}: its file's header names that key. */
    boolean has(ProjectionKey key) {
        if (!usable(key) || !Files.isRegularFile(file(key))) {
            return false;
        }
        try (var in = new ColumnFile.Reader(file(key))) {
            return ProjectionSnapshot.isFor(key, in);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Writes the projection for {@code key} in the background, in place of the one kept for its store and graph. */
    void save(IndustryGraph graph, ProjectionKey key) {
        if (!usable(key) || graph.version() != key.version()) {
            return;
        }
        var done = new java.util.concurrent.CompletableFuture<Void>();
        UNDER_WAY.add(done);
        pending = done;
        writer.execute(() -> {
            try {
                write(graph, key);
            } finally {
                done.complete(null);
                UNDER_WAY.remove(done);
            }
        });
    }

    private void write(IndustryGraph graph, ProjectionKey key) {
        Path file = file(key);
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            long start = System.nanoTime();
            Files.createDirectories(folder);
            try (var out = new ColumnFile.Writer(part)) {
                ProjectionSnapshot.write(graph, key, out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.debug("projection at version {} kept in {} in {} ms", key.version(), file, since(start));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot keep the projection in {}: {}", file, e.toString());
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // nothing more to do: the next write replaces it
            }
        }
    }

    /** Waits for the write under way, if any (tests). */
    public void awaitWritten() {
        Future<?> f = pending;
        if (f != null) {
            await(f);
        }
    }

    private static void await(Future<?> write) {
        try {
            write.get(EXIT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // the write reports its own failure
        }
    }

    private static long since(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** A graph whose identity was never recorded has nothing that tells one such graph from another. */
    private static boolean usable(ProjectionKey key) {
        return key != null && !key.store().isEmpty() && !key.graph().isEmpty() && key.version() > 0;
    }

    Path file(ProjectionKey key) {
        return folder.resolve("projection-" + digest(key.store() + "/" + key.graph()) + "-"
                + (key.includeInferred() ? "all" : "files") + ".bin");
    }

    private static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
