package org.chainmap.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.chainmap.land.RenewalReader;
import org.chainmap.land.RenewalTotals;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/** Computes the graph's counts and the headline figures from the graph, never from stored figures. */
public final class ReportService {
    /** 1 亿元 = 10,000 万元. */
    private static final double WAN_PER_YI = 10_000.0;

    private final Store store;
    private final String bureau;

    /** @param bureau the lead agency whose chains count as bureau-led, e.g. 区工业和信息化局 */
    public ReportService(Store store, String bureau) {
        this.store = store;
        this.bureau = bureau;
    }

    /** The row of {@code report/counts}: the answer itself. */
    static final Query<Counts> COUNTS = Query.of("report/counts", Counts.class);
    /** The row of {@code report/headline}. */
    static final Query<HeadlineRow> HEADLINE = Query.of("report/headline", HeadlineRow.class);

    record StageCount(String stage, long n) {}

    /** The projects of a type: how many, their investment in 万元, how many got under way. */
    record TechUpgradeTotals(long count, double investment, long started) {}

    /** The projects of a type: how many, their investment in 万元, how many were signed. */
    record ReferralTotals(long count, double investment, long signed) {}

    record HeadlineRow(
            long chains,
            long bureauLedChains,
            long leaders,
            long parks,
            long certifiedParks,
            double parkAreaMu,
            long parkUnits,
            long certifiedParkTenants,
            List<StageCount> chainProjectStages,
            TechUpgradeTotals techUpgrade,
            ReferralTotals referral) {}

    public Counts counts() {
        return store.read(COUNTS, Map.of()).getFirst();
    }

    public Report report() {
        return new Report(counts(), headline());
    }

    public Headline headline() {
        HeadlineRow r = store.read(HEADLINE, Map.of("bureau", bureau)).getFirst();
        long talks = 0;
        long signed = 0;
        long construction = 0;
        for (StageCount pair : r.chainProjectStages()) {
            switch (pair.stage() == null ? "" : pair.stage()) {
                case "TALKS" -> talks = pair.n();
                case "SIGNED" -> signed = pair.n();
                case "CONSTRUCTION" -> construction = pair.n();
                default -> {}
            }
        }
        return new Headline(
                r.chains(),
                r.bureauLedChains(),
                r.leaders(),
                r.parks(),
                r.certifiedParks(),
                round2(r.parkAreaMu()),
                r.parkUnits(),
                r.certifiedParkTenants(),
                new Headline.ChainProjects(talks, signed, construction),
                new Headline.TechUpgrade(
                        r.techUpgrade().count(),
                        yi(r.techUpgrade().investment()),
                        r.techUpgrade().started()),
                new Headline.Referral(
                        r.referral().count(),
                        yi(r.referral().investment()),
                        r.referral().signed()),
                landRenewal());
    }

    private Headline.LandRenewal landRenewal() {
        RenewalTotals t = new RenewalReader(store).read().totals();
        return new Headline.LandRenewal(
                t.renewedParcels(),
                t.renewedMu(),
                t.investmentYi(),
                t.taxBeforeWan(),
                t.taxAfterWan(),
                t.taxMultiple());
    }

    private static double yi(double wan) {
        return round2(wan / WAN_PER_YI);
    }

    /** Sums of decimals carry binary noise (1490.2299999…); figures are shown to the hundredth. */
    private static double round2(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
