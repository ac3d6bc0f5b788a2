package org.chainmap.cli;

import java.util.concurrent.Callable;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.export.AnalysisSheets;
import org.chainmap.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "resilience", description = "Single points of failure, supplier concentration and betweenness in a"
        + " chain's local supply network; with --enterprise, what its relocation would cost.")
final class ResilienceCommand implements Callable<Integer> {
    @Option(names = "--chain", paramLabel = "ID", required = true, description = "the chain's id")
    String chain;

    @Option(names = "--enterprise", paramLabel = "USCC", description = "also the relocation impact of this enterprise")
    String enterprise;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.check();
        var config = analysis.config();
        try (Store store = Store.open(storeOptions.settings(), false)) {
            var report = AnalysisService.over(store, config).resilience(chain, AnalysisOptions.code(enterprise));
            output.print(report, AnalysisSheets.resilience(report));
            return 0;
        }
    }
}
