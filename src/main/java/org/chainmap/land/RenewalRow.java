package org.chainmap.land;

/**
 * One renewed parcel before and after (SPEC section 12); figures per 亩 in 万元 a year, null when unknown.
 *
 * @param investmentYi the investment in 亿元 (10,000 万元)
 * @param taxMultiple tax after / tax before; null when either is unknown or the tax before is 0
 */
public record RenewalRow(
        String parcel,
        String name,
        String town,
        Double areaMu,
        String completed,
        Double investmentWan,
        Double investmentYi,
        Double taxBeforeWan,
        Double taxAfterWan,
        Double taxPerMuBefore,
        Double taxPerMuAfter,
        Double revenuePerMuBefore,
        Double revenuePerMuAfter,
        Double taxMultiple,
        Double plotRatioBefore,
        Double plotRatioAfter,
        Long enterprisesBefore,
        Long enterprisesAfter,
        String note) {}
