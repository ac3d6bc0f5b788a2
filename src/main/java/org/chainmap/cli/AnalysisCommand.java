package org.chainmap.cli;

import java.util.concurrent.Callable;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.store.Store;
import picocli.CommandLine.Mixin;

/** What every analysis command shares: where the graph is, the analysis settings, and how to print the answer. */
abstract class AnalysisCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    OutputOptions output;

    @Override
    public final Integer call() {
        checkOptions();
        output.check();
        var config = analysis.config();
        try (Store store = Store.open(storeOptions.settings(), false)) {
            print(AnalysisService.over(store, config));
            return 0;
        }
    }

    /** Rejects options that do not fit together, before the store is opened. */
    void checkOptions() {}

    /** Runs the analysis and prints it with {@link #output}. */
    abstract void print(AnalysisService service);
}
