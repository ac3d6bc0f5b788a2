package org.chainmap.generate;

import java.nio.file.Path;
import org.chainmap.imports.ImportFile;

/** Writes {@code chains.csv}, {@code links.csv} (with each link's rules of classification) and {@code link_flows.csv}. */
final class SkeletonRows {
    private SkeletonRows() {}

    static void write(ChainSkeleton skeleton, LinkRules rules, Path folder, FileTally tally) {
        try (var chains = new CsvTable(folder, ImportFile.CHAINS)) {
            for (ChainSkeleton.Chain c : skeleton.chains()) {
                chains.row(c.id(), c.name(), c.nameEn(), c.leadAgency(), Integer.toString(c.priority()));
            }
            tally.add(chains);
        }
        try (var links = new CsvTable(folder, ImportFile.LINKS)) {
            for (ChainSkeleton.Link l : skeleton.links()) {
                LinkRules.Rule rule = rules.of(l.index());
                links.row(
                        l.id(),
                        skeleton.chainOf(l.index()).id(),
                        l.name(),
                        l.nameEn(),
                        l.stage().name(),
                        Boolean.toString(l.key()),
                        String.join("|", rule.codes()),
                        String.join("|", rule.keywords()),
                        String.join("|", rule.excludes()));
            }
            tally.add(links);
        }
        try (var flows = new CsvTable(folder, ImportFile.LINK_FLOWS)) {
            for (int[] f : skeleton.flows()) {
                flows.row(skeleton.link(f[0]).id(), skeleton.link(f[1]).id());
            }
            tally.add(flows);
        }
    }
}
