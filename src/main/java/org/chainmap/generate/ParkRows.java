package org.chainmap.generate;

import java.nio.file.Path;
import java.util.stream.Collectors;
import org.chainmap.imports.ImportFile;

/** Writes {@code parks.csv} and {@code tenants.csv}. */
final class ParkRows {
    private ParkRows() {}

    static void write(IndustrialParks parks, ChainSkeleton skeleton, CreditCodes codes, Path folder, FileTally tally) {
        try (var table = new CsvTable(folder, ImportFile.PARKS)) {
            for (IndustrialParks.Park park : parks.parks()) {
                table.row(
                        park.id(),
                        park.name(),
                        park.operator(),
                        Decimals.of(park.areaMu(), 2),
                        Decimals.of(park.floorAreaSqm(), 0),
                        Integer.toString(park.floors()),
                        Integer.toString(park.units()),
                        Integer.toString(park.occupiedUnits()),
                        Boolean.toString(park.certified()),
                        park.town(),
                        park.focus().stream()
                                .map(c -> skeleton.chains().get(c).id())
                                .collect(Collectors.joining(";")),
                        "OPERATING",
                        Decimals.of(park.floorAreaSqm() * (park.units() - park.occupiedUnits()) / park.units(), 0),
                        park.floors() <= 2 ? "15" : "8",
                        park.floors() <= 2 ? "8" : "5.4",
                        "",
                        "",
                        "",
                        "",
                        "");
            }
            tally.add(table);
        }
        try (var table = new CsvTable(folder, ImportFile.TENANTS)) {
            for (IndustrialParks.Tenant t : parks.tenants()) {
                table.row(
                        codes.code(t.enterprise()), parks.parks().get(t.park()).id());
            }
            tally.add(table);
        }
    }
}
