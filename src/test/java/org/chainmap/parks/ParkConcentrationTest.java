package org.chainmap.parks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.chainmap.domain.ChainRef;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ParkConcentrationTest {
    private static final ChainRef NEV = new ChainRef("nev", "新能源汽车", null);
    private static final ChainRef IC = new ChainRef("ic", "集成电路", null);

    private static Tenant tenant(String uscc, String... chains) {
        return new Tenant(uscc, "企业" + uscc, true, "ABOVE", List.of(chains));
    }

    private static Park park(String id, Long units, Long occupied, List<ChainRef> focus, List<Tenant> tenants) {
        return new Park(id, "园区" + id, null, null, 50.0, 20_000.0, 4L, units, occupied, true, focus, tenants, null);
    }

    /** Ten tenants: seven in nev, one in nev and ic, one in ic only, one in no chain. */
    private static final Park NEV_PARK = park(
            "p1",
            40L,
            30L,
            List.of(NEV),
            List.of(
                    tenant("T01", "nev"),
                    tenant("T02", "nev"),
                    tenant("T03", "nev"),
                    tenant("T04", "nev"),
                    tenant("T05", "nev"),
                    tenant("T06", "nev"),
                    tenant("T07", "nev"),
                    tenant("T08", "ic", "nev"),
                    tenant("T09", "ic"),
                    tenant("T10")));

    @Nested
    class Concentration {
        @Test
        void shouldCountTheShareOfTenantsWorkingInAFocusChain() {
            // 8 of 10 tenants work in nev (T08 in ic too): 0.8 ≥ 0.7
            ParkSummary s = new ParkConcentration().summary(NEV_PARK);
            assertThat(s.tenantCount()).isEqualTo(10);
            assertThat(s.focusTenantCount()).isEqualTo(8);
            assertThat(s.concentration()).isCloseTo(0.8, within(1e-12));
            assertThat(s.meetsGoal()).isTrue();
        }

        @Test
        void shouldMeetTheGoalExactlyAtSeventyPercent() {
            // 7 of 10 in focus chains
            Park p = park(
                    "p2",
                    10L,
                    5L,
                    List.of(NEV),
                    List.of(
                            tenant("A", "nev"),
                            tenant("B", "nev"),
                            tenant("C", "nev"),
                            tenant("D", "nev"),
                            tenant("E", "nev"),
                            tenant("F", "nev"),
                            tenant("G", "nev"),
                            tenant("H", "ic"),
                            tenant("I"),
                            tenant("J", "ic")));
            assertThat(new ParkConcentration().summary(p).meetsGoal()).isTrue();
            assertThat(new ParkConcentration(0.75).summary(p).meetsGoal()).isFalse();
        }

        @Test
        void shouldCountEveryFocusChainOfATwoChainPark() {
            Park p = park(
                    "p3",
                    10L,
                    5L,
                    List.of(IC, NEV),
                    List.of(tenant("A", "nev"), tenant("B", "ic"), tenant("C", "food")));
            ParkSummary s = new ParkConcentration().summary(p);
            assertThat(s.concentration()).isCloseTo(2.0 / 3, within(1e-12));
            assertThat(s.meetsGoal()).isFalse();
        }

        @Test
        void shouldLeaveTheConcentrationOfAParkWithoutTenantsUnknown() {
            ParkSummary s = new ParkConcentration().summary(park("empty", 10L, 0L, List.of(NEV), List.of()));
            assertThat(s.concentration()).isNull();
            assertThat(s.meetsGoal()).isFalse();
        }
    }

    @Nested
    class Occupancy {
        @Test
        void shouldDivideOccupiedUnitsByUnits() {
            ParkSummary s = new ParkConcentration().summary(NEV_PARK);
            assertThat(s.occupancy()).isCloseTo(0.75, within(1e-12));
            assertThat(s.freeUnits()).isEqualTo(10);
        }

        @Test
        void shouldLeaveOccupancyUnknownWithoutUnits() {
            assertThat(new ParkConcentration()
                            .summary(park("u", null, 3L, List.of(NEV), List.of()))
                            .occupancy())
                    .isNull();
            assertThat(new ParkConcentration()
                            .summary(park("z", 0L, 0L, List.of(NEV), List.of()))
                            .occupancy())
                    .isNull();
        }
    }

    @Nested
    class Detail {
        @Test
        void shouldMarkTheTenantsInAFocusChain() {
            ParkDetail d = new ParkConcentration().detail(NEV_PARK);
            assertThat(d.tenants())
                    .extracting(ParkTenant::uscc)
                    .startsWith("T01")
                    .endsWith("T10");
            assertThat(d.tenants()).filteredOn(ParkTenant::inFocus).hasSize(8);
            assertThat(d.tenants())
                    .filteredOn(t -> !t.inFocus())
                    .extracting(ParkTenant::uscc)
                    .containsExactly("T09", "T10");
        }
    }

    @Nested
    class Fit {
        final Park full = park("full", 20L, 20L, List.of(NEV), List.of());
        final Park roomy = park("roomy", 50L, 10L, List.of(NEV), List.of());
        final Park twoChains = park("two", 30L, 25L, List.of(IC, NEV), List.of());
        final Park elsewhere = park("food", 30L, 0L, List.of(new ChainRef("food", "食品", null)), List.of());
        final Park unknownUnits = park("unknown", null, null, List.of(NEV), List.of());

        @Test
        void shouldOfferTheParksFocusingOnItsChainsWithFreeUnits() {
            List<ParkFit> fits = new ParkConcentration()
                    .fits(
                            List.of("nev", "ic"),
                            SpaceNeeds.ANY,
                            List.of(full, roomy, twoChains, elsewhere, unknownUnits));
            // "two" matches both chains, so it comes first; then "roomy" by free units; "full", "food" and
            // "unknown" (free units not known) do not fit
            assertThat(fits).extracting(ParkFit::id).containsExactly("two", "roomy");
            assertThat(fits.getFirst().matchingChains()).containsExactly("ic", "nev");
            assertThat(fits.getFirst().freeUnits()).isEqualTo(5);
        }

        /** A park of {@code free} m² free floor area, floors bearing {@code load} kN/m², {@code height} m high. */
        private Park spacious(String id, Long freeUnits, Double free, Double load, Double height) {
            Park p = park(id, freeUnits, 0L, List.of(NEV), List.of());
            return new Park(
                    p.id(),
                    p.name(),
                    null,
                    null,
                    50.0,
                    20_000.0,
                    4L,
                    freeUnits,
                    0L,
                    true,
                    p.focusChains(),
                    List.of(),
                    new ParkProfile(null, free, load, height, null));
        }

        @Test
        void shouldTakeTheFreeFloorAreaBeforeTheUnitsWhereItIsKnown() {
            Park soldOut = spacious("sold-out", 10L, 0.0, null, null);
            Park floorsLeft = spacious("floors-left", 0L, 3_000.0, null, null);
            assertThat(new ParkConcentration().fits(List.of("nev"), SpaceNeeds.ANY, List.of(soldOut, floorsLeft)))
                    .extracting(ParkFit::id)
                    .containsExactly("floors-left");
        }

        @Test
        void shouldMatchTheAreaFloorLoadAndHeightAnEnterpriseNeeds() {
            Park small = spacious("small", 5L, 1_500.0, 10.0, 6.0);
            Park light = spacious("light", 5L, 8_000.0, 5.0, 6.0);
            Park low = spacious("low", 5L, 8_000.0, 10.0, 4.5);
            Park unknownLoad = spacious("unknown-load", 5L, 8_000.0, null, 6.0);
            Park fit = spacious("fit", 5L, 2_000.0, 8.0, 5.0);
            Park roomier = spacious("roomier", 5L, 9_000.0, 12.0, 7.2);
            // 2,000 m², 8 kN/m², 5 m: "small" lacks area, "light" load, "low" height, "unknown-load" says no load;
            // the two that fit come by free floor area, most first
            assertThat(new ParkConcentration()
                            .fits(
                                    List.of("nev"),
                                    new SpaceNeeds(2_000.0, 8.0, 5.0),
                                    List.of(small, light, low, unknownLoad, fit, roomier)))
                    .extracting(ParkFit::id)
                    .containsExactly("roomier", "fit");
        }

        @Test
        void shouldOfferNothingToAnEnterpriseInNoChain() {
            assertThat(new ParkConcentration().fits(List.of(), SpaceNeeds.ANY, List.of(roomy)))
                    .isEmpty();
        }
    }
}
