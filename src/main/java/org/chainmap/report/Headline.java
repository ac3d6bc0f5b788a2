package org.chainmap.report;

/**
 * The headline figures of the bureau's report (SPEC section 8); investments in 亿元.
 *
 * @param chainProjects CHAIN projects of the bureau-led chains by stage
 * @param landRenewal the renewed parcels together (腾笼换鸟, SPEC section 12)
 */
public record Headline(
        long chains,
        long bureauLedChains,
        long leaders,
        long parks,
        long certifiedParks,
        double parkAreaMu,
        long parkUnits,
        long certifiedParkTenants,
        ChainProjects chainProjects,
        TechUpgrade techUpgrade,
        Referral referral,
        LandRenewal landRenewal) {

    public record ChainProjects(long TALKS, long SIGNED, long CONSTRUCTION) {}

    /** @param started under construction or operating */
    public record TechUpgrade(long count, double investmentYi, long started) {}

    /** @param signed signed or beyond */
    public record Referral(long count, double investmentYi, long signed) {}

    /**
     * @param taxBeforeWan tax a year before renewal, in 万元, over the renewals that give it before and after
     * @param taxAfterWan tax a year after renewal, over the same renewals
     * @param taxMultiple taxAfterWan / taxBeforeWan; null when nothing was taxed before
     */
    public record LandRenewal(
            long renewedParcels,
            double renewedMu,
            double investmentYi,
            double taxBeforeWan,
            double taxAfterWan,
            Double taxMultiple) {}
}
