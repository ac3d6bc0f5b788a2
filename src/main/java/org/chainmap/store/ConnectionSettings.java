package org.chainmap.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the graph lives: an external Neo4j ({@code bolt://} or {@code neo4j://} for a cluster) when {@code uri} is
 * set, otherwise the embedded store under {@code dataDir}.
 *
 * @param pageCacheMb page cache of the embedded store, in MiB
 */
public record ConnectionSettings(Path dataDir, String uri, String user, String password, long pageCacheMb) {
    public static final long DEFAULT_PAGE_CACHE_MB = 512;

    public ConnectionSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        if (uri != null && uri.isBlank()) {
            uri = null;
        }
        if (pageCacheMb <= 0) {
            throw new IllegalArgumentException("page cache must be positive, got " + pageCacheMb + " MiB");
        }
    }

    public static ConnectionSettings embedded(Path dataDir) {
        return new ConnectionSettings(dataDir, null, null, null, DEFAULT_PAGE_CACHE_MB);
    }

    /** Options given on the command line win over {@code CHAINMAP_NEO4J_*} variables of the environment. */
    public static ConnectionSettings of(
            Path dataDir, String uri, String user, String password, Map<String, String> env) {
        return new ConnectionSettings(
                dataDir,
                uri != null ? uri : env.get("CHAINMAP_NEO4J_URI"),
                user != null ? user : env.getOrDefault("CHAINMAP_NEO4J_USER", "neo4j"),
                password != null ? password : env.get("CHAINMAP_NEO4J_PASSWORD"),
                DEFAULT_PAGE_CACHE_MB);
    }

    public boolean external() {
        return uri != null;
    }
}
