package org.chainmap.cli;

import org.chainmap.analysis.AnalysisService;
import org.chainmap.store.Store;
import picocli.CommandLine.Mixin;

/** What every analysis command shares beyond {@link StoreCommand}: the analysis settings. */
abstract class AnalysisCommand extends StoreCommand {
    @Mixin
    AnalysisOptions analysis;

    /** The open store, for a command that shows more beside its analysis. */
    Store store;

    @Override
    final int run(Store store) {
        this.store = store;
        print(AnalysisService.over(store, analysis.config()));
        return 0;
    }

    /** Runs the analysis and prints it with {@link #output}. */
    abstract void print(AnalysisService service);
}
