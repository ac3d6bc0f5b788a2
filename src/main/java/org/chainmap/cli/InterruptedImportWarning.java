package org.chainmap.cli;

import java.util.Optional;
import org.chainmap.imports.ImportRuns;
import org.chainmap.imports.InterruptedImport;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;

/** Every command that opens the store says so when an import began writing and did not finish (SPEC section 15). */
final class InterruptedImportWarning {
    private InterruptedImportWarning() {}

    static void print(Store store) {
        print(ImportRuns.interrupted(new Neo4jGraphWriter(store)));
    }

    static void print(Optional<InterruptedImport> interrupted) {
        interrupted.ifPresent(i -> System.err.println("chainmap: warning: " + i.warning()));
    }
}
