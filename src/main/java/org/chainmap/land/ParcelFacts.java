package org.chainmap.land;

import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.ParcelStatus;
import org.chainmap.domain.Scale;

/**
 * A parcel (地块) as the graph holds it, the row of {@code land/parcels}; figures null when unknown, area in 亩, floor
 * area in m², tax in 万元.
 *
 * @param holder the enterprise holding the land, null when none
 * @param holderScale the holder's scale on its enterprise record
 * @param holderTax the holder's tax on its enterprise record, used when it has no evaluation row for the year
 * @param parkId the park the parcel lies in, null outside parks
 */
public record ParcelFacts(
        String id,
        String name,
        String town,
        Double areaMu,
        Double buildingAreaSqm,
        ParcelStatus status,
        EnterpriseRef holder,
        Scale holderScale,
        Double holderTax,
        String parkId) {
    public ParcelFacts {
        if (id == null) {
            throw new IllegalArgumentException("a parcel needs an id");
        }
        status = status == null ? ParcelStatus.IN_USE : status;
    }
}
