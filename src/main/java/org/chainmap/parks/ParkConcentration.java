package org.chainmap.parks;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.chainmap.domain.ChainRef;

/**
 * Park figures of SPEC section 4: lead-industry concentration (the share of a park's tenants that work in one of its
 * focus chains, "一园一业", with a goal of 70% by default), occupancy (occupied units / units), and for a target
 * enterprise the parks that fit it (a focus chain the enterprise works in, and room: free floor area where known,
 * else free units, meeting the space it needs). Cost: linear in the tenants
 * and their chains.
 */
public final class ParkConcentration {
    /** The share of tenants in the focus chains a park should reach. */
    public static final double DEFAULT_GOAL = 0.70;

    private final double goal;

    public ParkConcentration(double goal) {
        if (!(goal >= 0 && goal <= 1)) {
            throw new IllegalArgumentException("goal must be between 0 and 1, got " + goal);
        }
        this.goal = goal;
    }

    public ParkConcentration() {
        this(DEFAULT_GOAL);
    }

    public ParkSummary summary(Park park) {
        Set<String> focus = focusIds(park);
        int inFocus = (int)
                park.tenants().stream().filter(t -> worksIn(t.chains(), focus)).count();
        int tenants = park.tenants().size();
        Double concentration = tenants == 0 ? null : (double) inFocus / tenants;
        Double occupancy = park.units() == null || park.occupiedUnits() == null || park.units() == 0
                ? null
                : (double) park.occupiedUnits() / park.units();
        return new ParkSummary(
                park.id(),
                park.name(),
                park.operator(),
                park.town(),
                park.areaMu(),
                park.floorAreaSqm(),
                park.floors(),
                park.units(),
                park.occupiedUnits(),
                park.freeUnits(),
                occupancy,
                park.certified(),
                park.focusChains(),
                tenants,
                inFocus,
                concentration,
                concentration != null && concentration >= goal,
                park.profile());
    }

    public ParkList list(Collection<Park> parks) {
        return new ParkList(parks.stream()
                .sorted(Comparator.comparing(Park::id))
                .map(this::summary)
                .toList());
    }

    public ParkDetail detail(Park park) {
        Set<String> focus = focusIds(park);
        List<ParkTenant> tenants = park.tenants().stream()
                .sorted(Comparator.comparing(Tenant::uscc))
                .map(t -> new ParkTenant(
                        t.uscc(), t.name(), t.local(), t.scale(), t.chains(), worksIn(t.chains(), focus)))
                .toList();
        return new ParkDetail(summary(park), tenants);
    }

    /**
     * The parks that fit an enterprise working in {@code chains}: those focusing on one of them whose space meets
     * {@code needs} ({@link SpaceNeeds#metBy}: free floor area where known, else a free unit; a park whose units or
     * occupied units are unknown does not count as having any). Sorted by matching chains, most first, then free
     * floor area, then free units, most first (unknown last), then id.
     */
    public List<ParkFit> fits(Collection<String> chains, SpaceNeeds needs, Collection<Park> parks) {
        return parks.stream()
                .map(p -> fit(p, chains, needs))
                .filter(f -> f != null)
                .sorted(Comparator.comparingInt(
                                (ParkFit f) -> -f.matchingChains().size())
                        .thenComparing(ParkFit::freeFloorAreaSqm, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(ParkFit::freeUnits, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(ParkFit::id))
                .toList();
    }

    private ParkFit fit(Park park, Collection<String> chains, SpaceNeeds needs) {
        List<String> matching = park.focusChains().stream()
                .map(ChainRef::id)
                .filter(chains::contains)
                .toList();
        if (matching.isEmpty() || !needs.metBy(park.profile(), park.freeUnits())) {
            return null;
        }
        ParkSummary s = summary(park);
        ParkProfile p = park.profile();
        return new ParkFit(
                park.id(),
                park.name(),
                matching,
                park.freeUnits(),
                p.freeFloorAreaSqm(),
                p.floorLoadKn(),
                p.clearHeightM(),
                s.occupancy(),
                park.certified(),
                s.concentration());
    }

    private static Set<String> focusIds(Park park) {
        Set<String> ids = new HashSet<>();
        park.focusChains().forEach(c -> ids.add(c.id()));
        return ids;
    }

    private static boolean worksIn(List<String> chains, Set<String> focus) {
        return chains.stream().anyMatch(focus::contains);
    }
}
