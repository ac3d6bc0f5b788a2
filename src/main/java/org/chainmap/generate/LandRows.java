package org.chainmap.generate;

import static org.chainmap.generate.RandomDraws.between;
import static org.chainmap.generate.RandomDraws.chance;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.chainmap.imports.ImportFile;

/**
 * Writes {@code parcels.csv} and {@code renewals.csv}: a parcel for every local enterprise that holds land, on its
 * land, with a plot ratio between 0.4 and 2.5 (so that some are low); one in a hundred renewed (with its renewal,
 * tax ten to a hundred times what it was), one in a hundred being renewed; and idle parcels without holder, one for
 * every fifty held.
 */
final class LandRows {
    static final double RENEWED = 0.01;
    static final double RENEWING = 0.01;
    static final int HELD_PER_IDLE = 50;

    private LandRows() {}

    static void write(
            EnterprisePopulation p,
            IndustrialParks parks,
            CreditCodes codes,
            SplittableRandom rng,
            Path folder,
            FileTally tally) {
        try (var parcels = new CsvTable(folder, ImportFile.PARCELS);
                var renewals = new CsvTable(folder, ImportFile.RENEWALS)) {
            int n = 0;
            for (int i : p.locals()) {
                if (Float.isNaN(p.landMu[i]) || p.landMu[i] <= 0) {
                    continue;
                }
                n++;
                String id = "pc-" + n;
                double mu = p.landMu[i];
                double building = Math.round(mu * IndustrialParks.SQM_PER_MU * between(rng, 0.4, 2.5));
                String status = chance(rng, RENEWED) ? "RENEWED" : chance(rng, RENEWING) ? "RENEWING" : "IN_USE";
                parcels.row(
                        id,
                        "地块" + n,
                        parks.town(rng),
                        Decimals.of(mu, 2),
                        Decimals.of(building, 0),
                        "INDUSTRIAL",
                        status,
                        codes.code(i),
                        "");
                if (status.equals("RENEWED")) {
                    double before = Float.isNaN(p.tax[i]) ? mu : p.tax[i] / between(rng, 10, 100);
                    renewals.row(
                            id,
                            Integer.toString(EnterpriseTraits.YEAR - 1),
                            Decimals.of(mu * between(rng, 50, 300), 2),
                            Decimals.of(before, 2),
                            Float.isNaN(p.tax[i]) ? "" : Decimals.of(p.tax[i], 2),
                            "",
                            "",
                            Decimals.of(building / between(rng, 2, 4), 0),
                            Decimals.of(building, 0),
                            "",
                            "",
                            "");
                }
                if (n % HELD_PER_IDLE == 0) {
                    parcels.row(
                            "pc-idle-" + n / HELD_PER_IDLE,
                            "闲置地块" + n / HELD_PER_IDLE,
                            parks.town(rng),
                            Decimals.of(between(rng, 5, 80), 2),
                            "",
                            "INDUSTRIAL",
                            "IDLE",
                            "",
                            "");
                }
            }
            tally.add(parcels);
            tally.add(renewals);
        }
    }
}
