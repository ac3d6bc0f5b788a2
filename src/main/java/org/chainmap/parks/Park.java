package org.chainmap.parks;

import java.util.List;
import org.chainmap.domain.ChainRef;

/**
 * A specialised park (专业产业园区) as the graph holds it, with its focus chains, tenants, stage, milestones and
 * space. Figures may be null (unknown); land in 亩, floor area in m².
 */
public record Park(
        String id,
        String name,
        String operator,
        String town,
        Double areaMu,
        Double floorAreaSqm,
        Long floors,
        Long units,
        Long occupiedUnits,
        boolean certified,
        List<ChainRef> focusChains,
        List<Tenant> tenants,
        ParkProfile profile) {
    public Park {
        if (id == null) {
            throw new IllegalArgumentException("a park needs an id");
        }
        focusChains = List.copyOf(focusChains);
        tenants = List.copyOf(tenants);
        profile = profile == null ? ParkProfile.UNKNOWN : profile;
    }

    /** The same park with another tenant list and occupied units (what a landing changes). */
    public Park withTenants(List<Tenant> newTenants, Long newOccupiedUnits) {
        return new Park(
                id,
                name,
                operator,
                town,
                areaMu,
                floorAreaSqm,
                floors,
                units,
                newOccupiedUnits,
                certified,
                focusChains,
                newTenants,
                profile);
    }

    /** Units not occupied; null when units or occupied units are unknown. */
    public Long freeUnits() {
        return units == null || occupiedUnits == null ? null : Math.max(0, units - occupiedUnits);
    }
}
