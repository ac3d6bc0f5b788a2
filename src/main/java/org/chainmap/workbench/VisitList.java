package org.chainmap.workbench;

import java.util.List;

/** What {@code GET /api/v1/visits} and {@code chainmap visits} answer: {@code {"visits": [...]}}, newest first. */
public record VisitList(List<Visit> visits) {
    public VisitList {
        visits = List.copyOf(visits);
    }
}
