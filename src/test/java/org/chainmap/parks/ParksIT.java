package org.chainmap.parks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Set;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.Uscc;
import org.chainmap.imports.Fixtures;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parks read from the small fixture with three more tenants: pk1 (focus nev, 45 of 60 units occupied) holds the motor
 * maker (nev); pk2 (focus ic and nev, 10 of 40 occupied) holds the battery maker (nev), the chip maker (ic) and a
 * trading company that works in no chain.
 */
class ParksIT {
    private static final String TRADER = "91370215MA0000007" + Uscc.checkCharacter("91370215MA0000007");

    @TempDir
    Path dir;

    ParkService parks;

    @BeforeEach
    void importParks() {
        Store store = TestNeo4j.clean();
        Fixtures.copy("small", dir);
        Fixtures.append(dir, "enterprises.csv", TRADER + ",青岛庚贸易有限公司,山东省青岛市即墨区,,规下,,,,,,,,,,,,,,,");
        Fixtures.append(dir, "tenants.csv", Fixtures.BATTERY + ",pk2");
        Fixtures.append(dir, "tenants.csv", Fixtures.CHIPS + ",pk2");
        Fixtures.append(dir, "tenants.csv", TRADER + ",pk2");
        new Importer(new Neo4jGraphWriter(store), Set.of("370215", "370282"), Progress.NONE)
                .run(ImportSource.of(dir), false);
        parks = new ParkService(store);
    }

    @Nested
    class TheList {
        @Test
        void shouldHoldEveryParkById() {
            assertThat(parks.list().parks()).extracting(ParkSummary::id).containsExactly("pk1", "pk2");
        }

        @Test
        void shouldMeetTheGoalWithEveryTenantInTheFocusChain() {
            ParkSummary pk1 = parks.list().parks().get(0);
            assertThat(pk1.concentration()).isEqualTo(1.0);
            assertThat(pk1.meetsGoal()).isTrue();
            assertThat(pk1.occupancy()).isCloseTo(0.75, within(1e-12));
            assertThat(pk1.floors()).isEqualTo(6);
            assertThat(pk1.certified()).isTrue();
        }

        @Test
        void shouldMissTheGoalWithTwoOfThreeTenantsInTheFocusChains() {
            ParkSummary pk2 = parks.list().parks().get(1);
            assertThat(pk2.focusChains()).extracting(ChainRef::id).containsExactly("ic", "nev");
            assertThat(pk2.tenantCount()).isEqualTo(3);
            assertThat(pk2.focusTenantCount()).isEqualTo(2);
            assertThat(pk2.meetsGoal()).isFalse();
            assertThat(pk2.occupancy()).isCloseTo(0.25, within(1e-12));
            assertThat(pk2.freeUnits()).isEqualTo(30);
        }
    }

    @Nested
    class TheDetail {
        @Test
        void shouldListTheTenantsWithTheirChains() {
            ParkDetail pk2 = parks.detail("pk2").orElseThrow();
            assertThat(pk2.tenants())
                    .extracting(ParkTenant::uscc, ParkTenant::chains, ParkTenant::inFocus)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(Fixtures.BATTERY, java.util.List.of("nev"), true),
                            org.assertj.core.groups.Tuple.tuple(TRADER, java.util.List.of(), false),
                            org.assertj.core.groups.Tuple.tuple(Fixtures.CHIPS, java.util.List.of("ic"), true));
            assertThat(pk2.tenants().getFirst().local()).isTrue();
        }

        @Test
        void shouldFindNoParkForAnUnknownId() {
            assertThat(parks.detail("nope")).isEmpty();
        }
    }

    @Nested
    class TheFit {
        @Test
        void shouldOfferATargetTheParksOfItsChainWithFreeUnitsMostFreeFirst() {
            // the recycler works in nev: pk2 has 30 free units, pk1 15
            ParkFits fits = parks.fitsFor(Fixtures.RECYCLER).orElseThrow();
            assertThat(fits.chains()).containsExactly("nev");
            assertThat(fits.parks()).extracting(ParkFit::id).containsExactly("pk2", "pk1");
        }

        @Test
        void shouldFindNothingForAnUnknownEnterprise() {
            assertThat(parks.fitsFor(TRADER.substring(0, 17) + "0")).isEmpty();
        }
    }
}
