package org.chainmap.parks;

import java.util.List;

/**
 * A park that fits a target enterprise: it focuses on a chain the enterprise works in and has free units.
 *
 * @param matchingChains the park's focus chains that the enterprise works in
 */
public record ParkFit(
        String id,
        String name,
        List<String> matchingChains,
        long freeUnits,
        Double occupancy,
        boolean certified,
        Double concentration) {
    public ParkFit {
        matchingChains = List.copyOf(matchingChains);
    }
}
