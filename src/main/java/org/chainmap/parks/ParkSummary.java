package org.chainmap.parks;

import java.util.List;
import org.chainmap.domain.ChainRef;

/**
 * One park in the parks list (SPEC section 4, "Parks").
 *
 * @param occupancy occupied units / units; null when either is unknown or there are no units
 * @param tenantCount tenants located in the park
 * @param focusTenantCount tenants working in at least one of the park's focus chains
 * @param concentration lead-industry concentration, focusTenantCount / tenantCount; null without tenants
 * @param meetsGoal whether the concentration reaches the goal (70% by default)
 * @param profile stage, milestones, free floor area, floor load and clear height (SPEC section 12)
 */
public record ParkSummary(
        String id,
        String name,
        String operator,
        String town,
        Double areaMu,
        Double floorAreaSqm,
        Long floors,
        Long units,
        Long occupiedUnits,
        Long freeUnits,
        Double occupancy,
        boolean certified,
        List<ChainRef> focusChains,
        int tenantCount,
        int focusTenantCount,
        Double concentration,
        boolean meetsGoal,
        ParkProfile profile) {
    public ParkSummary {
        focusChains = List.copyOf(focusChains);
    }
}
