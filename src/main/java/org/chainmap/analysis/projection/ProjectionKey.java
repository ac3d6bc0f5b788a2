package org.chainmap.analysis.projection;

/**
 * What a full projection was read from: the store's identity (its database id), the graph's identity (made when the
 * graph's first import is recorded, so a graph erased and imported again is another), the graph's version, the
 * workbench's version (its projects give the investors' stages) and whether inferred memberships count. A projection
 * kept on disk is used only at the very same key.
 */
public record ProjectionKey(String store, String graph, long version, long work, boolean includeInferred) {
    public ProjectionKey {
        store = store == null ? "" : store;
        graph = graph == null ? "" : graph;
    }

    ProjectionKey at(long version) {
        return new ProjectionKey(store, graph, version, work, includeInferred);
    }
}
