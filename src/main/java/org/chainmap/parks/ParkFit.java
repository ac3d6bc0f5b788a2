package org.chainmap.parks;

import java.util.List;

/**
 * A park that fits a target enterprise: it focuses on a chain the enterprise works in and has room for it (free floor
 * area where known, else free units) meeting the space it needs.
 *
 * @param matchingChains the park's focus chains that the enterprise works in
 */
public record ParkFit(
        String id,
        String name,
        List<String> matchingChains,
        Long freeUnits,
        Double freeFloorAreaSqm,
        Double floorLoadKn,
        Double clearHeightM,
        Double occupancy,
        boolean certified,
        Double concentration) {
    public ParkFit {
        matchingChains = List.copyOf(matchingChains);
    }
}
