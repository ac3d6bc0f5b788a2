package org.chainmap.cli;

import org.chainmap.analysis.AnalysisService;
import org.chainmap.analysis.gaps.AllGaps;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.export.AnalysisSheets;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "gaps",
        description = "Gap analysis of a chain (or all): per link coverage, dependency, criticality,"
                + " status and the 延链/补链/强链 action; whether the chain is to be built (建链).")
final class GapsCommand extends AnalysisCommand {
    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--chain", paramLabel = "ID", description = "the chain's id")
        String chain;

        @Option(names = "--all", description = "every chain (JSON: {\"chains\": [...]})")
        boolean all;
    }

    @Override
    void print(AnalysisService service) {
        if (which.all) {
            AllGaps all = service.gapsAll();
            output.print(all, AnalysisSheets.gaps(all));
        } else {
            GapReport report = service.gaps(which.chain);
            output.print(report, AnalysisSheets.gaps(report));
        }
    }
}
