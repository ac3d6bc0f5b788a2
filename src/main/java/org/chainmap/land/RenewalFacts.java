package org.chainmap.land;

/**
 * A renewed parcel and its renewal as the graph holds them, the row of {@code land/renewals}; money in 万元 (tax and
 * revenue a year), area in 亩, floor area in m², any figure null when unknown.
 *
 * @param buildingAreaSqm the parcel's floor area now, taken as the floor area after where the renewal gives none
 */
public record RenewalFacts(
        String parcel,
        String name,
        String town,
        Double areaMu,
        Double buildingAreaSqm,
        String completed,
        Double investment,
        Double beforeTax,
        Double afterTax,
        Double beforeRevenue,
        Double afterRevenue,
        Double beforeBuildingAreaSqm,
        Double afterBuildingAreaSqm,
        Long beforeEnterprises,
        Long afterEnterprises,
        String note) {}
