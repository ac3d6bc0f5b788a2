package org.chainmap.generate;

import java.nio.file.Path;
import java.util.SplittableRandom;
import org.chainmap.domain.Scale;
import org.chainmap.domain.Tag;
import org.chainmap.imports.ImportFile;
import org.chainmap.imports.Progress;

/** Writes {@code enterprises.csv} and {@code enterprise_links.csv}, one enterprise after the other. */
final class EnterpriseRows {
    /** Share of rows that leave {@code local} empty, so that it is taken from the division code. */
    static final double LOCAL_LEFT_EMPTY = 0.1;

    private final EnterprisePopulation p;
    private final ChainSkeleton skeleton;
    private final RegionCatalog regions;
    private final CreditCodes codes;
    private final EnterpriseNames names;
    private final RegisteredCapitals capitals;
    private final boolean sparse;

    /** @param sparse whether to leave every revenue cell empty, as the registry data a bureau holds has none */
    EnterpriseRows(
            EnterprisePopulation p,
            ChainSkeleton skeleton,
            RegionCatalog regions,
            CreditCodes codes,
            EnterpriseNames names,
            RegisteredCapitals capitals,
            boolean sparse) {
        this.p = p;
        this.skeleton = skeleton;
        this.regions = regions;
        this.codes = codes;
        this.names = names;
        this.capitals = capitals;
        this.sparse = sparse;
    }

    void write(Path folder, SplittableRandom rng, FileTally tally, Progress progress) {
        try (var enterprises = new CsvTable(folder, ImportFile.ENTERPRISES);
                var links = new CsvTable(folder, ImportFile.ENTERPRISE_LINKS)) {
            for (int i = 0; i < p.size(); i++) {
                String uscc = codes.code(i);
                enterprises.row(
                        uscc,
                        names.name(i),
                        regions.division(p.division[i]).region(),
                        RandomDraws.chance(rng, LOCAL_LEFT_EMPTY) ? "" : Boolean.toString(p.local(i)),
                        scale(i),
                        sparse ? "" : Decimals.of(p.revenue[i], 2),
                        Decimals.of(p.tax[i], 2),
                        capitals.cell(i),
                        p.employees[i] < 0 ? "" : Integer.toString(p.employees[i]),
                        Decimals.of(p.landMu[i], 2),
                        founded(i, rng),
                        tags(i),
                        "",
                        "",
                        "",
                        "");
                links.row(uscc, skeleton.link(p.mainLink[i]).id(), "true");
                if (p.secondLink[i] >= 0) {
                    links.row(uscc, skeleton.link(p.secondLink[i]).id(), "false");
                }
                if ((i + 1) % 100_000 == 0) {
                    progress.update("enterprises", i + 1L, p.size());
                }
            }
            progress.finish("enterprises", p.size());
            tally.add(enterprises);
            tally.add(links);
        }
    }

    private String scale(int i) {
        if (p.has(i, EnterprisePopulation.SCALE_UNKNOWN)) {
            return "";
        }
        return p.has(i, EnterprisePopulation.ABOVE_SCALE) ? Scale.ABOVE.name() : Scale.BELOW.name();
    }

    /** {@code YYYY-MM-DD} mostly, sometimes only the year. */
    private String founded(int i, SplittableRandom rng) {
        int year = p.founded(i);
        if (year == 0) {
            return "";
        }
        if (RandomDraws.chance(rng, 0.05)) {
            return Integer.toString(year);
        }
        return Dates.day(year, 1 + rng.nextInt(12), 1 + rng.nextInt(28));
    }

    private String tags(int i) {
        StringBuilder sb = new StringBuilder();
        tag(sb, i, EnterprisePopulation.HIGH_TECH, Tag.HIGH_TECH);
        tag(sb, i, EnterprisePopulation.SRDI, Tag.SRDI);
        tag(sb, i, EnterprisePopulation.LITTLE_GIANT, Tag.LITTLE_GIANT);
        tag(sb, i, EnterprisePopulation.LISTED, Tag.LISTED);
        return sb.toString();
    }

    private void tag(StringBuilder sb, int i, int trait, Tag tag) {
        if (p.has(i, trait)) {
            sb.append(sb.isEmpty() ? "" : ";").append(tag.name());
        }
    }
}
