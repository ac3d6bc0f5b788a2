package org.chainmap.land;

import java.util.List;

/** What {@code chainmap land --renewals} and {@code GET /api/v1/land/renewals} answer: {@code {"renewals", "totals"}}. */
public record RenewalList(List<RenewalRow> renewals, RenewalTotals totals) {
    public RenewalList {
        renewals = List.copyOf(renewals);
    }
}
