package org.chainmap.cli;

import org.chainmap.analysis.AnalysisService;
import org.chainmap.export.AnalysisSheets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "resilience",
        description = "Single points of failure, supplier concentration and betweenness in a"
                + " chain's local supply network; with --enterprise, what its relocation would cost.")
final class ResilienceCommand extends AnalysisCommand {
    @Option(names = "--chain", paramLabel = "ID", required = true, description = "the chain's id")
    String chain;

    @Option(names = "--enterprise", paramLabel = "USCC", description = "also the relocation impact of this enterprise")
    String enterprise;

    @Override
    void print(AnalysisService service) {
        var report = service.resilience(chain, AnalysisOptions.code(enterprise));
        output.print(report, AnalysisSheets.resilience(report));
    }
}
