package org.chainmap.generate;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.chainmap.domain.Scale;
import org.chainmap.domain.Tag;
import org.chainmap.imports.ImportFile;
import org.chainmap.imports.Progress;

/**
 * Writes {@code enterprises.csv} and {@code enterprise_links.csv}, one enterprise after the other. With a labels file,
 * the memberships of enterprises other than chain leaders go to it instead of {@code enterprise_links.csv}, but for a
 * seed share of {@value #KEPT_SHARE} of those enterprises, chosen by their index and the seed, so that every link
 * keeps a few members: {@code classify} then assigns the rest, and {@code classify --evaluate} measures how many it
 * recovers against the labels.
 */
final class EnterpriseRows {
    /** Share of rows that leave {@code local} empty, so that it is taken from the division code. */
    static final double LOCAL_LEFT_EMPTY = 0.1;
    /** Share of the enterprises other than leaders whose memberships stay in enterprise_links.csv with labels. */
    static final double KEPT_SHARE = 0.05;
    /** The header of a labels file, as {@code classify --evaluate} reads it. */
    static final List<String> LABELS_HEADER = List.of("uscc", "link_id");

    private final EnterprisePopulation p;
    private final ChainSkeleton skeleton;
    private final RegionCatalog regions;
    private final CreditCodes codes;
    private final EnterpriseNames names;
    private final RegisteredCapitals capitals;
    private final RegistryTexts texts;
    private final boolean sparse;
    private final long keptSalt;

    /**
     * @param sparse whether to leave every revenue cell empty, as the registry data a bureau holds has none
     * @param seed the data set's seed, which chooses the memberships kept in enterprise_links.csv with labels
     */
    EnterpriseRows(
            EnterprisePopulation p,
            ChainSkeleton skeleton,
            RegionCatalog regions,
            CreditCodes codes,
            EnterpriseNames names,
            RegisteredCapitals capitals,
            RegistryTexts texts,
            boolean sparse,
            long seed) {
        this.p = p;
        this.skeleton = skeleton;
        this.regions = regions;
        this.codes = codes;
        this.names = names;
        this.capitals = capitals;
        this.texts = texts;
        this.sparse = sparse;
        this.keptSalt = RandomDraws.mix(seed ^ 0x4B455054L);
    }

    /**
     * Writes the files; with {@code labelsOut} the memberships that are not kept go there.
     *
     * @return the rows and bytes of the labels file, or null without one
     */
    GenerationSummary.FileRows write(
            Path folder, Path labelsOut, SplittableRandom rng, FileTally tally, Progress progress) {
        try (var enterprises = new CsvTable(folder, ImportFile.ENTERPRISES);
                var links = new CsvTable(folder, ImportFile.ENTERPRISE_LINKS);
                var labels = labelsOut == null ? null : new CsvTable(labelsOut, LABELS_HEADER)) {
            for (int i = 0; i < p.size(); i++) {
                String uscc = codes.code(i);
                String[] registry = texts.cells(i);
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
                        registry[0],
                        registry[1],
                        registry[2],
                        registry[3]);
                if (labels == null || kept(i)) {
                    links.row(uscc, skeleton.link(p.mainLink[i]).id(), "true");
                    if (p.secondLink[i] >= 0) {
                        links.row(uscc, skeleton.link(p.secondLink[i]).id(), "false");
                    }
                } else {
                    labels.row(uscc, skeleton.link(p.mainLink[i]).id());
                    if (p.secondLink[i] >= 0) {
                        labels.row(uscc, skeleton.link(p.secondLink[i]).id());
                    }
                }
                if ((i + 1) % 100_000 == 0) {
                    progress.update("enterprises", i + 1L, p.size());
                }
            }
            progress.finish("enterprises", p.size());
            tally.add(enterprises);
            tally.add(links);
            if (labels == null) {
                return null;
            }
            labels.close();
            return new GenerationSummary.FileRows(labels.path().toString(), labels.rows(), labels.bytes());
        }
    }

    /** Whether enterprise {@code i} keeps its memberships in enterprise_links.csv when there is a labels file. */
    boolean kept(int i) {
        return p.has(i, EnterprisePopulation.LEADER)
                || Long.remainderUnsigned(RandomDraws.mix(keptSalt + i), 1_000_000) < KEPT_SHARE * 1_000_000;
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
