package org.chainmap.land;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.domain.ParcelStatus;
import org.chainmap.domain.Scale;

/**
 * The low-efficiency list (低效用地, SPEC section 12): the parcels in use whose holder is in the last per-mu class in
 * the year, or in one of the last two classes in that year and the year before, or whose plot ratio is below the
 * floor of {@link LandRules}; and every idle parcel. Each row carries its reasons, its tax per 亩 against its group's
 * benchmark, the tax upside (area × benchmark − current tax, the holder's tax shared among its parcels by area) and
 * the gap links that could move in ({@link LandChains}). Cost: linear in the parcels and the gap links they name, plus
 * a sort.
 */
public final class LowEfficiency {
    private final LandRules rules;
    private final String lastClass;
    private final Set<String> lastTwoClasses;

    /** @param classNames the per-mu classes, best first (A, B, C, D); at least two */
    public LowEfficiency(LandRules rules, List<String> classNames) {
        if (classNames.size() < 2) {
            throw new IllegalArgumentException("at least two classes are needed, got " + classNames);
        }
        this.rules = rules;
        this.lastClass = classNames.getLast();
        this.lastTwoClasses = Set.of(classNames.get(classNames.size() - 2), lastClass);
    }

    /**
     * @param holders what the evaluation says of each holder, by credit code
     * @param benchmarks the tax per 亩 benchmark of each group in the year; a group without one left out
     */
    public LowEfficiencyList list(
            Integer year,
            List<ParcelFacts> parcels,
            Map<String, HolderYears> holders,
            Map<Scale, Double> benchmarks,
            LandChains chains) {
        Map<String, Double> heldMu = new HashMap<>();
        for (ParcelFacts p : parcels) {
            if (p.holder() != null && p.areaMu() != null) {
                heldMu.merge(p.holder().uscc(), p.areaMu(), Double::sum);
            }
        }
        List<LowEfficiencyRow> rows = new ArrayList<>();
        for (ParcelFacts p : parcels) {
            HolderYears h = p.holder() == null ? null : holders.get(p.holder().uscc());
            List<LowEfficiencyReason> reasons = reasons(p, h);
            if (reasons.isEmpty()) {
                continue;
            }
            Double taxPerMu = taxPerMu(p, h, heldMu);
            Double benchmark = benchmarks.get(group(p, h));
            Double upside = taxPerMu == null || benchmark == null || p.areaMu() == null
                    ? null
                    : p.areaMu() * benchmark - p.areaMu() * taxPerMu;
            rows.add(new LowEfficiencyRow(
                    p.id(),
                    p.name(),
                    p.town(),
                    p.parkId(),
                    p.status(),
                    p.areaMu(),
                    PlotRatio.of(p.buildingAreaSqm(), p.areaMu()),
                    p.holder(),
                    reasons,
                    taxPerMu,
                    benchmark,
                    upside,
                    chains.gapLinks(p)));
        }
        rows.sort(Comparator.comparing(LowEfficiencyRow::taxUpsideWan, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(LowEfficiencyRow::id));
        return new LowEfficiencyList(year, rows);
    }

    private List<LowEfficiencyReason> reasons(ParcelFacts p, HolderYears h) {
        if (p.status() == ParcelStatus.IDLE) {
            return List.of(LowEfficiencyReason.IDLE);
        }
        List<LowEfficiencyReason> reasons = new ArrayList<>();
        if (p.status() != ParcelStatus.IN_USE) {
            return reasons;
        }
        if (h != null && lastClass.equals(h.classNow())) {
            reasons.add(LowEfficiencyReason.CLASS_D);
        }
        if (h != null && inLastTwo(h.classNow()) && inLastTwo(h.classBefore())) {
            reasons.add(LowEfficiencyReason.CLASS_CD_TWO_YEARS);
        }
        Double ratio = PlotRatio.of(p.buildingAreaSqm(), p.areaMu());
        if (ratio != null && ratio < rules.plotRatioFloor()) {
            reasons.add(LowEfficiencyReason.LOW_PLOT_RATIO);
        }
        return reasons;
    }

    /** Whether a class (null where not evaluated) is one of the last two. */
    private boolean inLastTwo(String className) {
        return className != null && lastTwoClasses.contains(className);
    }

    /**
     * The holder's tax over the area of all its parcels, which is its tax shared by area per 亩 of this one: the tax
     * of its evaluation row, else of its enterprise record; 0 without a holder; null when the tax is unknown.
     */
    private static Double taxPerMu(ParcelFacts p, HolderYears h, Map<String, Double> heldMu) {
        if (p.holder() == null) {
            return 0.0;
        }
        Double tax = h != null && h.evaluatedTax() != null ? h.evaluatedTax() : p.holderTax();
        return PlotRatio.perMu(tax, heldMu.get(p.holder().uscc()));
    }

    /** The holder's group in the year, else by its record, else above scale (also for a parcel without holder). */
    private static Scale group(ParcelFacts p, HolderYears h) {
        if (h != null && h.group() != null) {
            return h.group();
        }
        return p.holderScale() != null ? p.holderScale() : Scale.ABOVE;
    }
}
