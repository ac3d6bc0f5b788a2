package org.chainmap.land;

import java.util.List;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.ParcelStatus;

/**
 * A parcel of the low-efficiency list (SPEC section 12).
 *
 * @param holder null for a parcel without one
 * @param taxPerMu the holder's tax shared among its parcels by area, per 亩 (0 without a holder); null when unknown
 * @param benchmarkTaxPerMu the tax per 亩 benchmark of the holder's group (the above-scale group's without holder)
 * @param taxUpsideWan area × benchmark − current tax, in 万元 a year; negative kept; null without a benchmark
 * @param gapLinks gap links of the chains the parcel's park focuses on or, outside parks, that its town's parks focus
 *     on; by gap score, highest first
 */
public record LowEfficiencyRow(
        String id,
        String name,
        String town,
        String parkId,
        ParcelStatus status,
        Double areaMu,
        Double plotRatio,
        EnterpriseRef holder,
        List<LowEfficiencyReason> reasons,
        Double taxPerMu,
        Double benchmarkTaxPerMu,
        Double taxUpsideWan,
        List<GapLink> gapLinks) {
    public LowEfficiencyRow {
        reasons = List.copyOf(reasons);
        gapLinks = List.copyOf(gapLinks);
    }
}
