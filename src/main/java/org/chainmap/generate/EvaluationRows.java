package org.chainmap.generate;

import static org.chainmap.generate.RandomDraws.between;
import static org.chainmap.generate.RandomDraws.chance;
import static org.chainmap.generate.RandomDraws.logNormal;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.chainmap.imports.ImportFile;

/**
 * Writes {@code evaluations.csv}: per-mu efficiency inputs (亩产效益) for {@link EnterpriseTraits#YEAR} for every
 * local enterprise, consistent with its row in {@code enterprises.csv} (revenue, tax, employees, land). Energy,
 * emissions and electricity scale with revenue; high-tech firms spend more on R&amp;D; park tenants report the floor
 * area they rent. A few indicators are missing, as in real returns.
 */
final class EvaluationRows {
    static final double MISSING = 0.03;

    private EvaluationRows() {}

    static void write(
            EnterprisePopulation p,
            IndustrialParks parks,
            CreditCodes codes,
            SplittableRandom rng,
            Path folder,
            FileTally tally) {
        try (var table = new CsvTable(folder, ImportFile.EVALUATIONS)) {
            for (int i : p.locals()) {
                double revenue = p.revenueOrMedian(i);
                double energy = revenue * logNormal(rng, 0.04, 0.6);
                double rndShare =
                        p.has(i, EnterprisePopulation.HIGH_TECH) ? between(rng, 0.03, 0.08) : between(rng, 0, 0.03);
                double floorArea = parks.rentedFloorArea(i);
                if (Double.isNaN(floorArea) && !Float.isNaN(p.landMu[i])) {
                    floorArea = Math.round(p.landMu[i] * IndustrialParks.SQM_PER_MU * between(rng, 0.8, 1.5));
                }
                table.row(
                        codes.code(i),
                        Integer.toString(EnterpriseTraits.YEAR),
                        Decimals.of(p.tax[i], 2),
                        maybe(rng, revenue * between(rng, 0.18, 0.35)),
                        Decimals.of(p.revenue[i], 2),
                        maybe(rng, energy),
                        maybe(rng, energy * logNormal(rng, 0.02, 0.5)),
                        maybe(rng, Math.round(revenue * logNormal(rng, 350, 0.5))),
                        maybe(rng, revenue * rndShare),
                        p.employees[i] < 0 ? "" : Integer.toString(p.employees[i]),
                        Decimals.of(p.landMu[i], 2),
                        Decimals.of(floorArea, 0));
            }
            tally.add(table);
        }
    }

    private static String maybe(SplittableRandom rng, double value) {
        return chance(rng, MISSING) ? "" : Decimals.of(value, 2);
    }
}
