package org.chainmap.report;

/**
 * The headline figures of the bureau's report (SPEC section 8); investments in 亿元.
 *
 * @param chainProjects CHAIN projects of the bureau-led chains by stage
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
        Referral referral) {

    public record ChainProjects(long TALKS, long SIGNED, long CONSTRUCTION) {}

    /** @param started under construction or operating */
    public record TechUpgrade(long count, double investmentYi, long started) {}

    /** @param signed signed or beyond */
    public record Referral(long count, double investmentYi, long signed) {}
}
