package org.chainmap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.analysis.targets.Page;
import org.chainmap.imports.ExchangeRates;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.Importer;
import org.chainmap.imports.Progress;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/**
 * {@code afterSmallImportMs} (SPEC section 15): in a process whose analyses are warm, an import of {@value #TIES}
 * supply ties whose values changed, then the time until the gaps and the targets of every chain answer again (the
 * projections read again as the graph's version changed). Writes to the store: for a generated store only.
 */
public final class SmallImport {
    static final int TIES = 100;

    record Tie(String supplier, String customer, double value) {}

    static final Query<Tie> SOME_TIES = Query.of("bench/some-ties", Tie.class);

    private SmallImport() {}

    public static long afterSmallImportMs(Store store, AnalysisConfig config, Set<String> local, Path work) {
        AnalysisService service = AnalysisService.over(store, config);
        everyChain(service);
        Path folder = work.resolve("small-import");
        StringBuilder csv = new StringBuilder("supplier_uscc,customer_uscc,value\n");
        for (Tie t : store.read(SOME_TIES, Map.of("limit", TIES))) {
            csv.append(t.supplier())
                    .append(',')
                    .append(t.customer())
                    .append(',')
                    .append(t.value() + 1)
                    .append('\n');
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("supplies.csv"), csv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder, e);
        }
        new Importer(new Neo4jGraphWriter(store), local, ExchangeRates.DEFAULTS, Progress.NONE)
                .run(ImportSource.of(folder), false);
        long t = System.nanoTime();
        everyChain(service);
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** The gaps of every chain, then a page of each chain's targets as the API gives it. */
    private static void everyChain(AnalysisService service) {
        AnalysisBenchmark.targetsOfEveryChain(service, service.gapsAll().chains(), Page.DEFAULT_LIMIT);
    }
}
