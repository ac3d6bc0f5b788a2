package org.chainmap.land;

import java.util.Comparator;
import java.util.List;
import org.chainmap.domain.Hundredths;

/**
 * Renewal results (腾笼换鸟, 工业上楼; SPEC section 12): each renewed parcel's tax and revenue per 亩, plot ratio and
 * enterprises before and after, the tax multiple (after / before), and the totals. Cost: linear in the renewals.
 */
public final class Renewals {
    /** 1 亿元 = 10,000 万元. */
    private static final double WAN_PER_YI = 10_000.0;

    private Renewals() {}

    /** The rows by completion date, newest first (unknown last), then parcel id, and their totals. */
    public static RenewalList of(List<RenewalFacts> facts) {
        List<RenewalRow> rows = facts.stream()
                .map(Renewals::row)
                .sorted(Comparator.comparing(RenewalRow::completed, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(RenewalRow::parcel))
                .toList();
        return new RenewalList(rows, totals(facts));
    }

    static RenewalRow row(RenewalFacts f) {
        Double after = f.afterBuildingAreaSqm() != null ? f.afterBuildingAreaSqm() : f.buildingAreaSqm();
        return new RenewalRow(
                f.parcel(),
                f.name(),
                f.town(),
                f.areaMu(),
                f.completed(),
                f.investment(),
                f.investment() == null ? null : f.investment() / WAN_PER_YI,
                f.beforeTax(),
                f.afterTax(),
                PlotRatio.perMu(f.beforeTax(), f.areaMu()),
                PlotRatio.perMu(f.afterTax(), f.areaMu()),
                PlotRatio.perMu(f.beforeRevenue(), f.areaMu()),
                PlotRatio.perMu(f.afterRevenue(), f.areaMu()),
                multiple(f.beforeTax(), f.afterTax()),
                PlotRatio.of(f.beforeBuildingAreaSqm(), f.areaMu()),
                PlotRatio.of(after, f.areaMu()),
                f.beforeEnterprises(),
                f.afterEnterprises(),
                f.note());
    }

    static RenewalTotals totals(List<RenewalFacts> facts) {
        double mu = 0;
        double investment = 0;
        double taxBefore = 0;
        double taxAfter = 0;
        double revenueBefore = 0;
        double revenueAfter = 0;
        long before = 0;
        long after = 0;
        for (RenewalFacts f : facts) {
            mu += orZero(f.areaMu());
            investment += orZero(f.investment());
            if (f.beforeTax() != null && f.afterTax() != null) {
                taxBefore += f.beforeTax();
                taxAfter += f.afterTax();
            }
            revenueBefore += orZero(f.beforeRevenue());
            revenueAfter += orZero(f.afterRevenue());
            before += f.beforeEnterprises() == null ? 0 : f.beforeEnterprises();
            after += f.afterEnterprises() == null ? 0 : f.afterEnterprises();
        }
        return new RenewalTotals(
                facts.size(),
                Hundredths.of(mu),
                Hundredths.of(investment),
                Hundredths.of(investment / WAN_PER_YI),
                Hundredths.of(taxBefore),
                Hundredths.of(taxAfter),
                multiple(taxBefore, taxAfter),
                Hundredths.of(revenueBefore),
                Hundredths.of(revenueAfter),
                before,
                after);
    }

    private static Double multiple(Double before, Double after) {
        return before == null || after == null || before == 0 ? null : after / before;
    }

    private static double orZero(Double v) {
        return v == null ? 0 : v;
    }
}
