package org.chainmap.parks;

import java.util.List;

/** What {@code chainmap parks} answers: {@code {"parks": [...]}}, by park id. */
public record ParkList(List<ParkSummary> parks) {
    public ParkList {
        parks = List.copyOf(parks);
    }
}
