package org.chainmap.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.chainmap.imports.Fixtures.ASSEMBLER;
import static org.chainmap.imports.Fixtures.BATTERY;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of land (parcels, renewals) and the new columns of parks, read with Chinese headers and enums. */
class LandImportTest {
    private static final Set<String> LOCAL = Set.of("370215", "370282");
    private static final String PARCELS_HEADER = "地块编号,地块名称,镇街,用地面积,建筑面积,土地用途,地块状态,使用权人,所在园区\n";
    private static final String RENEWALS_HEADER =
            "parcel,completed,investment,before_tax,after_tax,before_revenue,after_revenue,"
                    + "before_building_area_sqm,after_building_area_sqm,before_enterprises,after_enterprises,note\n";

    @TempDir
    Path dir;

    InMemoryGraphWriter graph;

    @BeforeEach
    void copyFixture() {
        Fixtures.copy("small", dir);
        graph = new InMemoryGraphWriter();
    }

    private List<String> problems() {
        Throwable thrown =
                catchThrowable(() -> new Importer(graph, LOCAL, Progress.NONE).run(ImportSource.of(dir), false));
        assertThat(thrown).isInstanceOf(ImportRejectedException.class);
        assertThat(graph.written)
                .as("nothing is written when the input has problems")
                .isEmpty();
        return ((ImportRejectedException) thrown)
                .problems().stream().map(Problem::toString).toList();
    }

    private <R extends ImportRow> List<R> written(Class<R> type) {
        new Importer(graph, LOCAL, Progress.NONE).run(ImportSource.of(dir), false);
        return graph.written.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    @Nested
    class Parcels {
        @Test
        void shouldReadChineseHeadersAndEnumsWithTheHolderAndThePark() {
            Fixtures.write(
                    dir,
                    "parcels.csv",
                    PARCELS_HEADER + "jd1,通济一号地块,通济街道,30,24000,工业,在用," + BATTERY + ",pk1\n"
                            + "jd2,潮海闲置地块,潮海街道,12.5,,,闲置,,\n");
            assertThat(written(ImportRow.Parcel.class))
                    .containsExactly(
                            new ImportRow.Parcel(
                                    "jd1", "通济一号地块", "通济街道", 30.0, 24000.0, "INDUSTRIAL", "IN_USE", BATTERY, "pk1"),
                            new ImportRow.Parcel("jd2", "潮海闲置地块", "潮海街道", 12.5, null, null, "IDLE", null, null));
        }

        @Test
        void shouldRefuseAnUnknownHolderAnUnknownParkANegativeAreaAndAnUnknownStatus() {
            Fixtures.write(
                    dir,
                    "parcels.csv",
                    PARCELS_HEADER + "jd1,甲,通济街道,-3,,,在用,91110000MA000000XB,nowhere\n" + "jd2,乙,通济街道,3,,,拆了,,\n");
            assertThat(problems())
                    .anySatisfy(
                            p -> assertThat(p).startsWith(file("parcels.csv") + ":2: area_mu: must not be negative"))
                    .anySatisfy(p -> assertThat(p)
                            .startsWith(file("parcels.csv") + ":2: holder: unknown enterprise '91110000MA000000XB'"))
                    .anySatisfy(p -> assertThat(p).startsWith(file("parcels.csv") + ":2: park: unknown park 'nowhere'"))
                    .anySatisfy(p -> assertThat(p).startsWith(file("parcels.csv") + ":3: status: unknown value '拆了'"));
        }
    }

    @Nested
    class Renewals {
        @Test
        void shouldReadTheFiguresOfARenewedParcel() {
            Fixtures.write(dir, "parcels.csv", PARCELS_HEADER + "jd1,金山,通济街道,100,,,已改造," + ASSEMBLER + ",\n");
            Fixtures.write(
                    dir, "renewals.csv", RENEWALS_HEADER + "jd1,2024-06,400000,170,18000,,,40000,160000,12,86,腾笼换鸟\n");
            assertThat(written(ImportRow.Renewal.class))
                    .containsExactly(new ImportRow.Renewal(
                            "jd1", "2024-06", 400000.0, 170.0, 18000.0, null, null, 40000.0, 160000.0, 12L, 86L,
                            "腾笼换鸟"));
        }

        @Test
        void shouldRefuseAnUnknownParcel() {
            Fixtures.write(dir, "renewals.csv", RENEWALS_HEADER + "jd9,2024,100,,,,,,,,,\n");
            assertThat(problems())
                    .containsExactly(file("renewals.csv") + ":2: parcel: unknown parcel 'jd9' (not in the input nor in"
                            + " the graph)");
        }

        @Test
        void shouldRefuseFiguresBeforeAndAfterForAParcelThatIsNotRenewed() {
            Fixtures.write(dir, "parcels.csv", PARCELS_HEADER + "jd1,甲,通济街道,10,,,改造中,,\njd2,乙,通济街道,10,,,,,\n");
            Fixtures.write(dir, "renewals.csv", RENEWALS_HEADER + "jd1,,5000,10,,,,,,,,\njd2,,,,20,,,,,,,\n");
            assertThat(problems())
                    .containsExactly(
                            file("renewals.csv") + ":2: parcel: parcel 'jd1' is RENEWING (改造中), not RENEWED (已改造):"
                                    + " figures before and after a renewal are for a renewed parcel",
                            file("renewals.csv") + ":3: parcel: parcel 'jd2' is IN_USE (在用), not RENEWED (已改造):"
                                    + " figures before and after a renewal are for a renewed parcel");
        }

        @Test
        void shouldTakeTheStatusFromTheGraphWhereTheInputLeavesItUnknown() {
            graph.with(NodeKind.PARCEL, "jd1", "jd2");
            graph.parcelStatus.put("jd1", "RENEWED");
            graph.parcelStatus.put("jd2", "IDLE");
            Fixtures.write(dir, "renewals.csv", RENEWALS_HEADER + "jd1,,,10,20,,,,,,,\njd2,,,10,20,,,,,,,\n");
            assertThat(problems())
                    .singleElement()
                    .asString()
                    .startsWith(file("renewals.csv") + ":3: parcel: parcel 'jd2' is IDLE");
        }

        @Test
        void shouldAcceptAPlannedRenewalWithoutFiguresForAParcelBeingRenewed() {
            Fixtures.write(dir, "parcels.csv", PARCELS_HEADER + "jd1,甲,通济街道,10,,,改造中,,\n");
            Fixtures.write(dir, "renewals.csv", RENEWALS_HEADER + "jd1,,5000,,,,,,,,,计划\n");
            assertThat(written(ImportRow.Renewal.class)).hasSize(1);
        }
    }

    @Test
    void shouldReadTheParksStageMilestonesAndSpace() {
        Fixtures.write(
                dir,
                "parks.csv",
                "id,name,floor_area_sqm,stage,free_floor_area_sqm,floor_load_kn,clear_height_m,approved,"
                        + "construction_start,completed,opened,title_registered\n"
                        + "pk1,甲园,120000,运营,30000,8,5.4,2021-03,2021-09,2023-06,2023-01,2023-10\n"
                        + "pk2,乙园,50000,规划,,,,2025,,,,\n");
        assertThat(written(ImportRow.Park.class))
                .extracting(ImportRow.Park::lifecycle)
                .containsExactly(
                        new ImportRow.ParkLifecycle(
                                "OPERATING", 30000.0, 8.0, 5.4, "2021-03", "2021-09", "2023-06", "2023-01", "2023-10"),
                        new ImportRow.ParkLifecycle("PLANNED", null, null, null, "2025", null, null, null, null));
    }

    @Test
    void shouldRefuseMoreFreeFloorAreaThanFloorArea() {
        Fixtures.write(dir, "parks.csv", "id,name,floor_area_sqm,free_floor_area_sqm\npk1,甲园,1000,1200\npk2,乙园,,\n");
        assertThat(problems())
                .containsExactly(file("parks.csv") + ":2: free_floor_area_sqm: more free floor area (1200) than floor"
                        + " area (1000)");
    }
}
