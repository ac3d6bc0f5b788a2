package org.chainmap.analysis.projection;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Keeps the last projection until the graph changes. Each {@link #current()} reads the graph's version (one cheap
 * query) and rebuilds the projection only when it differs from the version the cached one was read at. The
 * importer bumps the version after every import that changed something; writes made to Neo4j in other ways are
 * not seen until then, or until {@link #invalidate()}. Thread-safe: concurrent callers share one rebuild.
 */
public final class ProjectionCache<P extends ChainSkeleton> implements ProjectionSource<P> {
    private final LongSupplier version;
    private final Supplier<P> reader;
    /** The projection now from the one held, when it can follow the changes since ({@code null} when not). */
    private final UnaryOperator<P> update;

    private volatile P cached;

    public ProjectionCache(LongSupplier version, Supplier<P> reader) {
        this(version, reader, held -> null);
    }

    /** @param update the projection now from the one held, or {@code null} when it is to be read whole */
    public ProjectionCache(LongSupplier version, Supplier<P> reader, UnaryOperator<P> update) {
        this.version = version;
        this.reader = reader;
        this.update = update;
    }

    /** The full projection, following imports of ties alone from the projection held ({@link ProjectionReader#update}). */
    public static ProjectionCache<IndustryGraph> of(ProjectionReader reader) {
        return new ProjectionCache<>(reader::version, reader::read, reader::update);
    }

    /** The projection for the gap analysis only ({@link ProjectionReader#readForGaps()}). */
    public static ProjectionCache<GapProjection> forGaps(ProjectionReader reader) {
        return new ProjectionCache<>(reader::version, reader::readForGaps);
    }

    @Override
    public P current() {
        return currentAt(version.getAsLong());
    }

    /** As {@link #current()}, the graph's version {@code now} read already by the caller. */
    public P currentAt(long now) {
        P graph = cached;
        if (graph != null && graph.version() == now) {
            return graph;
        }
        synchronized (this) {
            graph = cached;
            if (graph == null || graph.version() != now) {
                P updated = graph == null ? null : update.apply(graph);
                graph = updated != null ? updated : reader.get();
                cached = graph;
            }
            return graph;
        }
    }

    /** The projection held, when it was read at {@code version}; {@code null} otherwise. Reads nothing. */
    public P cachedAt(long version) {
        P graph = cached;
        return graph != null && graph.version() == version ? graph : null;
    }

    /** Drops the cached projection; the next call reads the graph again. */
    public void invalidate() {
        cached = null;
    }
}
