package org.chainmap.analysis.gaps;

import org.chainmap.domain.LinkStage;

/**
 * One row of the gap analysis (SPEC section 4).
 *
 * @param nameEn the link's English name, {@code null} where none was imported
 * @param action the roadmap word of {@code status}: 延链, 补链, 强链, or {@code null} for {@code OK}
 * @param coverage local enterprises working in the link
 * @param aboveScale how many of those are above scale (规上)
 * @param dependency share of the supplies from the link to local customers that come from non-local suppliers
 * @param criticality (links of the chain downstream of this one + 1) / links of the chain, × 1.5 for key links
 * @param gapScore criticality × weakness (1 for FILL and EXTEND, max(1/coverage, dependency) for STRENGTHEN)
 * @param feasibility how realistically the district can grow the link from the links it covers (0–1, relatedness
 *     after Hidalgo et al.; {@link org.chainmap.analysis.feasibility.Feasibility})
 */
public record LinkGap(
        String linkId,
        String name,
        String nameEn,
        LinkStage stage,
        boolean key,
        GapStatus status,
        String action,
        int coverage,
        int aboveScale,
        double dependency,
        double criticality,
        double gapScore,
        double feasibility) {}
