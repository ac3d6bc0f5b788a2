package org.chainmap.api;

import org.chainmap.report.Counts;

/** The answer of {@code GET /health}. */
public record Health(String status, Neo4jStatus neo4j, Counts counts) {
    public record Neo4jStatus(boolean reachable, String store) {}
}
