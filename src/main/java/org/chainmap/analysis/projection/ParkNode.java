package org.chainmap.analysis.projection;

import java.util.List;
import java.util.Objects;

/**
 * A specialised park with its lead chains.
 *
 * @param units {@code null} when unknown
 * @param occupiedUnits {@code null} when unknown (taken as 0 when units are known)
 * @param freeFloorAreaSqm floor area still free, in m²; {@code null} when unknown
 */
public record ParkNode(
        String id, String name, Long units, Long occupiedUnits, Double freeFloorAreaSqm, List<String> focusChains) {
    public ParkNode {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        focusChains = focusChains == null ? List.of() : List.copyOf(focusChains);
    }

    /** Whether the park has room for one more tenant: free floor area where it is known, else a free unit. */
    public boolean hasRoom() {
        return freeFloorAreaSqm != null ? freeFloorAreaSqm > 0 : freeUnits() > 0;
    }

    /** Units still free; 0 when the number of units is unknown. */
    public long freeUnits() {
        if (units == null) {
            return 0;
        }
        return Math.max(0, units - (occupiedUnits == null ? 0 : occupiedUnits));
    }
}
