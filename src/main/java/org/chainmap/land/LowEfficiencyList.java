package org.chainmap.land;

import java.util.List;

/**
 * What {@code chainmap land --low-efficiency} and {@code GET /api/v1/land/low-efficiency} answer:
 * {@code {"year", "parcels"}}; {@code year} null when nothing was evaluated.
 */
public record LowEfficiencyList(Integer year, List<LowEfficiencyRow> parcels) {
    public LowEfficiencyList {
        parcels = List.copyOf(parcels);
    }

    /** The rows in {@code town} (all when null) having {@code reason} (any when null), as a filtered list shows. */
    public LowEfficiencyList filtered(String town, LowEfficiencyReason reason) {
        return new LowEfficiencyList(
                year,
                parcels.stream()
                        .filter(p -> town == null || town.equals(p.town()))
                        .filter(p -> reason == null || p.reasons().contains(reason))
                        .toList());
    }
}
