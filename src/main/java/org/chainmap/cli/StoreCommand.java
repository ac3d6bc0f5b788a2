package org.chainmap.cli;

import java.util.concurrent.Callable;
import org.chainmap.store.Store;
import picocli.CommandLine.Mixin;

/**
 * What every command that reads the graph and prints an answer shares: where the graph is, how to print, and the
 * cycle of checking the options, opening the store, running and closing it.
 */
abstract class StoreCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Mixin
    OutputOptions output;

    @Override
    public final Integer call() {
        checkOptions();
        output.check();
        try (Store store = Store.open(storeOptions.settings(), false)) {
            InterruptedImportWarning.print(store);
            return run(store);
        }
    }

    /** Rejects options that do not fit together, before the store is opened. */
    void checkOptions() {}

    /** Computes the answer on the open store and prints it with {@link #output}; returns the exit code. */
    abstract int run(Store store);
}
