package org.chainmap.evaluation;

/**
 * The land an enterprise is evaluated on.
 *
 * @param mu land in 亩, null when unknown
 * @param apportionedFrom the park whose land was apportioned to this tenant, null for the enterprise's own land
 */
record Land(Double mu, String apportionedFrom) {

    /**
     * The enterprise's own land when it holds some; otherwise, for a tenant of a multi-storey park who reports its
     * floor area, the park's land × the tenant's floor area / the park's floor area (SPEC section 4). A tenant of
     * several such parks gets its land from the first by id.
     */
    static Land of(EvaluationInput in) {
        if (in.landMu() != null && in.landMu() > 0) {
            return new Land(in.landMu(), null);
        }
        if (in.floorAreaSqm() != null && in.floorAreaSqm() > 0) {
            for (ParkSpace park : in.parks()) {
                if (park.multiStorey()) {
                    return new Land(park.areaMu() * in.floorAreaSqm() / park.floorAreaSqm(), park.id());
                }
            }
        }
        return new Land(in.landMu(), null);
    }
}
