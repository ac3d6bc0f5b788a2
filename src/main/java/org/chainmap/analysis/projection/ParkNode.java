package org.chainmap.analysis.projection;

import java.util.List;
import java.util.Objects;

/**
 * A specialised park with its lead chains.
 *
 * @param units {@code null} when unknown
 * @param occupiedUnits {@code null} when unknown (taken as 0 when units are known)
 */
public record ParkNode(String id, String name, Long units, Long occupiedUnits, List<String> focusChains) {
    public ParkNode {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        focusChains = focusChains == null ? List.of() : List.copyOf(focusChains);
    }

    /** Units still free; 0 when the number of units is unknown. */
    public long freeUnits() {
        if (units == null) {
            return 0;
        }
        return Math.max(0, units - (occupiedUnits == null ? 0 : occupiedUnits));
    }
}
