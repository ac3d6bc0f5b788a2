package org.chainmap.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A Neo4j server in a process of its own, for tests of the external-URI path: starts the store under the folder
 * given (on the Bolt port and with the password given, if any), prints {@code <bolt uri> <password>} on one line and
 * runs until its standard input closes or it is killed.
 */
public final class StandaloneNeo4j {
    private StandaloneNeo4j() {}

    public static void main(String[] args) throws IOException {
        try (EmbeddedNeo4j neo4j = args.length < 3
                ? EmbeddedNeo4j.start(Path.of(args[0]), 64)
                : EmbeddedNeo4j.start(Path.of(args[0]), 64, Integer.parseInt(args[1]), args[2])) {
            System.out.println(neo4j.boltUri() + " " + neo4j.password());
            System.out.flush();
            while (System.in.read() >= 0) {
                // run until the parent closes our input or goes away
            }
        }
    }
}
