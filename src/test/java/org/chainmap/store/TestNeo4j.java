package org.chainmap.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.TestFolders;

/**
 * One embedded Neo4j for all integration tests of a run (it takes seconds to start), emptied by {@link #clean()}.
 */
public final class TestNeo4j {
    private static Store store;

    private TestNeo4j() {}

    public static synchronized Store store() {
        if (store == null) {
            Path dir = TestFolders.create("neo4j-");
            Store opened = Store.open(ConnectionSettings.embedded(dir), false);
            TestFolders.deleteOnExit(dir, opened::close);
            store = opened;
        }
        return store;
    }

    /** Empties the graph and returns the store. */
    public static Store clean() {
        Store s = store();
        s.writeTransaction(tx -> tx.run(Queries.text("test/delete-all")).consume());
        return s;
    }

    /**
     * The whole graph as sorted lines of text, to compare two graphs for equality; the audit log, which records
     * when each write was made, is not part of what a graph holds.
     */
    public static List<String> fingerprint(Store s) {
        List<String> lines = new ArrayList<>();
        for (var r : s.read("test/fingerprint-nodes", Map.of())) {
            if (Set.of("AuditEntry", "ChainmapChange").contains(r.get("label").asString())) {
                continue;
            }
            lines.add(r.get("label").asString() + " "
                    + new java.util.TreeMap<>(r.get("props").asMap()));
        }
        for (var r : s.read("test/fingerprint-relationships", Map.of())) {
            lines.add(r.get("from").asString() + " -" + r.get("type").asString() + "-> "
                    + r.get("to").asString() + " "
                    + new java.util.TreeMap<>(r.get("props").asMap()));
        }
        // when the graph last changed, and its identity, made at random with its first import
        lines.replaceAll(l -> l.replaceAll("changedAt=[^,}]*", "").replaceAll("graphId=[^,}]*", ""));
        java.util.Collections.sort(lines);
        return lines;
    }
}
