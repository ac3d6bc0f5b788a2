package org.chainmap.cli;

import java.nio.file.Path;
import org.chainmap.store.ConnectionSettings;
import picocli.CommandLine.Option;

/** The options that say where the graph is, shared by every command that touches it. */
public final class StoreOptions {
    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "embedded store folder (default: ${DEFAULT-VALUE})",
            defaultValue = "data")
    Path data;

    @Option(
            names = "--neo4j-uri",
            paramLabel = "URI",
            description = "external Neo4j, bolt:// or neo4j:// for a cluster (or CHAINMAP_NEO4J_URI)")
    String uri;

    @Option(
            names = "--neo4j-user",
            paramLabel = "USER",
            description = "user for --neo4j-uri (or CHAINMAP_NEO4J_USER; default neo4j)")
    String user;

    @Option(
            names = "--neo4j-password",
            paramLabel = "PASSWORD",
            description = "password for --neo4j-uri (or CHAINMAP_NEO4J_PASSWORD)")
    String password;

    @Option(
            names = "--page-cache-mb",
            paramLabel = "MB",
            description = "page cache of the embedded store (default: ${DEFAULT-VALUE})",
            defaultValue = "512")
    long pageCacheMb;

    public ConnectionSettings settings() {
        ConnectionSettings s = ConnectionSettings.of(data, uri, user, password, System.getenv());
        return new ConnectionSettings(s.dataDir(), s.uri(), s.user(), s.password(), pageCacheMb);
    }
}
