package org.chainmap.api;

import org.chainmap.imports.InterruptedImport;
import org.chainmap.report.Counts;

/**
 * The answer of {@code GET /health}.
 *
 * @param interruptedImport an import that began writing and did not finish, so the graph may hold part of it; null
 *     when none
 */
public record Health(String status, Neo4jStatus neo4j, Counts counts, InterruptedImport interruptedImport) {
    /** @param store where the graph is: its folder or address to those who may read, its kind only to others */
    public record Neo4jStatus(boolean reachable, String store) {}
}
