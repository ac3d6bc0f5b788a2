package org.chainmap.land;

/**
 * The renewals together; money in 万元 a year, investment also in 亿元.
 *
 * @param taxBeforeWan tax before, over the renewals that give the tax both before and after
 * @param taxAfterWan tax after, over the same renewals
 * @param taxMultiple taxAfterWan / taxBeforeWan; null when taxBeforeWan is 0
 * @param enterprisesBefore enterprises before, over the renewals that give them
 */
public record RenewalTotals(
        long renewedParcels,
        double renewedMu,
        double investmentWan,
        double investmentYi,
        double taxBeforeWan,
        double taxAfterWan,
        Double taxMultiple,
        double revenueBeforeWan,
        double revenueAfterWan,
        long enterprisesBefore,
        long enterprisesAfter) {}
