package org.chainmap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.chainmap.analysis.targets.Page;
import org.chainmap.bench.AnalysisBenchmark;
import org.chainmap.bench.AnalysisFigures;
import org.chainmap.bench.BenchResult;
import org.chainmap.bench.ColdRestart;
import org.chainmap.bench.CommandStart;
import org.chainmap.bench.SmallImport;
import org.chainmap.classify.Classifier;
import org.chainmap.classify.ClassifyRun;
import org.chainmap.classify.ClassifyService;
import org.chainmap.export.TextTable;
import org.chainmap.generate.SyntheticDataSet;
import org.chainmap.imports.ExchangeRates;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.ImportSummary;
import org.chainmap.imports.Importer;
import org.chainmap.imports.InitialImport;
import org.chainmap.store.ConnectionSettings;
import org.chainmap.store.FirstLoad;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "bench",
        description =
                "Time import and analyses: on N generated enterprises in a fresh store, or on the existing store.")
final class BenchCommand implements Callable<Integer> {
    @Option(
            names = "--enterprises",
            paramLabel = "N",
            description = "generate N enterprises, import them into a fresh temporary store and time that too")
    Integer enterprises;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "" + SyntheticDataSet.DEFAULT_SEED,
            description = "seed of the generated data (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(
            names = "--no-cli",
            description = "leave out cliReportMs (the start of `report` in new processes on the demo)")
    boolean skipCommandStart;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    LocalOptions local;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() throws IOException {
        BenchResult result = enterprises == null ? onExistingStore() : onGeneratedData();
        if (!skipCommandStart) {
            System.err.println("timing `report` in new processes on the demo …");
            Path work = Files.createTempDirectory("chainmap-bench-cli");
            try {
                result = result.with(CommandStart.reportOnDemo(work, local.divisions()));
            } finally {
                deleteTree(work);
            }
        }
        output.print(result, table(result));
        if (!result.analysis().baselineMatches()) {
            System.err.println("chainmap: the plain-Cypher baseline disagrees with chainmap's gap analysis: "
                    + result.analysis().baselineDifference());
            return 1;
        }
        return 0;
    }

    private BenchResult onExistingStore() {
        ConnectionSettings settings = storeOptions.settings();
        try (Store store = Store.open(settings, false)) {
            AnalysisFigures figures = new AnalysisBenchmark(store, analysis.config(), settings.pageCacheMb()).run();
            return new BenchResult(
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    figures,
                    Runtime.version().toString(),
                    Runtime.getRuntime().availableProcessors(),
                    BenchResult.Starts.NONE);
        }
    }

    private BenchResult onGeneratedData() throws IOException {
        ExchangeRates rates = ExchangeRates.fromEnvironment(System.getenv());
        Path work = Files.createTempDirectory("chainmap-bench");
        try {
            Path data = work.resolve("csv");
            System.err.printf("generating %,d enterprises (seed %d) …%n", enterprises, seed);
            new SyntheticDataSet(enterprises, seed).writeTo(data, TerminalProgress.toStderr());
            long pageCacheMb = storeOptions.settings().pageCacheMb();
            ConnectionSettings fresh = new ConnectionSettings(work.resolve("store"), null, null, null, pageCacheMb);
            ImportSummary summary;
            long initialMs;
            AnalysisFigures figures;
            ClassifyRun classified;
            long afterSmallImport;
            // the first load comes first, in a process as new as that of `import --initial`
            System.err.println("importing into an empty store (import --initial) …");
            long t = System.nanoTime();
            try (FirstLoad load = FirstLoad.prepare(fresh)) {
                summary = new InitialImport(load, local.divisions(), rates, TerminalProgress.toStderr())
                        .run(ImportSource.of(data), data.toString());
                initialMs = (System.nanoTime() - t) / 1_000_000;
                Store store = load.store();
                System.err.println("analysing …");
                figures = new AnalysisBenchmark(store, analysis.config(), fresh.pageCacheMb()).run();
                System.err.println("classifying …");
                classified = new ClassifyService(store, java.time.Clock.systemUTC())
                        .run(Classifier.DEFAULT_THRESHOLD, false, TerminalProgress.toStderr());
                System.err.println("importing 100 changed ties into the warm analyses …");
                afterSmallImport = SmallImport.afterSmallImportMs(store, analysis.config(), local.divisions(), work);
            }
            // a new serve takes the store, which this process has closed
            System.err.println("starting serve on the store again …");
            ColdRestart.Times restart = ColdRestart.ms(fresh.dataDir(), fresh.pageCacheMb(), work);
            ConnectionSettings transactional =
                    new ConnectionSettings(work.resolve("store-transactional"), null, null, null, pageCacheMb);
            long importMs;
            try (Store store = Store.open(transactional, false)) {
                System.err.println("importing the same files through transactions into an empty store …");
                t = System.nanoTime();
                new Importer(new Neo4jGraphWriter(store), local.divisions(), rates, TerminalProgress.toStderr())
                        .run(ImportSource.of(data), false);
                importMs = (System.nanoTime() - t) / 1_000_000;
            }
            return new BenchResult(
                    enterprises,
                    seed,
                    summary.rows(),
                    importMs,
                    summary.rows() * 1000 / Math.max(1, importMs),
                    initialMs,
                    summary.rows() * 1000 / Math.max(1, initialMs),
                    classified.ms(),
                    classified.assigned(),
                    figures,
                    Runtime.version().toString(),
                    Runtime.getRuntime().availableProcessors(),
                    new BenchResult.Starts(
                            null, null, afterSmallImport, restart.fromStoreOpenMs(), restart.fromSpawnMs()));
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }

    private static TextTable table(BenchResult r) {
        AnalysisFigures a = r.analysis();
        TextTable t = new TextTable("figure", "value");
        if (r.generatedEnterprises() != null) {
            t.row("generated enterprises (seed)", r.generatedEnterprises() + " (" + r.seed() + ")")
                    .row("import rows, ms", r.importRows() + ", " + r.importMs())
                    .row("importRowsPerSec", r.importRowsPerSec())
                    .row("first load (import --initial) ms", r.initialImportMs())
                    .row("initialImportRowsPerSec", r.initialImportRowsPerSec())
                    .row("classifyMs (every enterprise, every link's rules, written)", r.classifyMs())
                    .row("classify: memberships inferred", r.classifyAssigned());
        }
        return t.row("enterprises", a.enterprises())
                .row("supplies", a.supplies())
                .row("chains, leaders", a.chains() + ", " + a.leaders())
                .row("gapsAllChainsMs (cold, gap projection included)", String.format("%.1f", a.gapsAllChainsMs()))
                .row("gapsAllChainsFirstMs (first run, queries planned)", a.gapsAllChainsFirstMs())
                .row("gapsAllChainsWarmMs (median of 5)", String.format("%.2f", a.gapsAllChainsWarmMs()))
                .row("projectionMs (full, for targets and referrals)", a.projectionMs())
                .row(
                        "targetsAllChainsMs (" + Page.MAX_ANSWER_LIMIT + " rows per chain, first run)",
                        a.targetsAllChainsMs())
                .row("targetsAllChainsWarmMs (median of 5)", String.format("%.1f", a.targetsAllChainsWarmMs()))
                .row(
                        "targetsExportWarmMs (" + Page.MAX_LIMIT + " rows per chain, median of 5)",
                        String.format("%.1f", a.targetsExportWarmMs()))
                .row("gapsAndTargetsColdMs", String.format("%.0f", a.gapsAndTargetsColdMs()))
                .row("gapsAndTargetsWarmMs", String.format("%.1f", a.gapsAndTargetsWarmMs()))
                .row("referralsPerLeaderMs", String.format("%.1f", a.referralsPerLeaderMs()))
                .row("cypherBaselineGapsMs (median of 5)", String.format("%.1f", a.cypherBaselineGapsMs()))
                .row("cypherBaselineGapsFirstMs", a.cypherBaselineGapsFirstMs())
                .row("baseline rows equal chainmap's", a.baselineMatches() ? "yes" : "NO: " + a.baselineDifference())
                .row(
                        "chainmap faster: cold / warm / first runs",
                        String.format("%.1f× / %.1f× / %.1f×", a.coldSpeedup(), a.warmSpeedup(), a.firstRunSpeedup()))
                .row("linkRegionsMs (Cypher, in every gap projection read)", String.format("%.1f", a.linkRegionsMs()))
                .row("feasibilityMs (every link, once per projection)", String.format("%.2f", a.feasibilityMs()))
                .row("simulated", a.simulated() == null ? "" : a.simulated())
                .row(
                        "simulateFirstMs, simulateWarmMs (median of 5)",
                        a.simulateFirstMs() + ", " + String.format("%.1f", a.simulateWarmMs()))
                .row("peakHeapMb / maxHeapMb", a.peakHeapMb() + " / " + a.maxHeapMb())
                .row("pageCacheMb", a.pageCacheMb())
                .row(
                        "cliReportMs (report on the demo, new process, median of 3)",
                        r.starts().cliReportMs() == null ? "" : r.starts().cliReportMs())
                .row(
                        "cli started with",
                        r.starts().cliLaunchedWith() == null ? "" : r.starts().cliLaunchedWith())
                .row(
                        "afterSmallImportMs (100 changed ties, then gaps + targets of every chain)",
                        r.starts().afterSmallImportMs() == null
                                ? ""
                                : r.starts().afterSmallImportMs())
                .row(
                        "coldAfterRestartMs (new serve, store open, until gaps + targets of every chain answer)",
                        r.starts().coldAfterRestartMs() == null
                                ? ""
                                : r.starts().coldAfterRestartMs())
                .row(
                        "restartFromSpawnMs (the same from the start of the process)",
                        r.starts().restartFromSpawnMs() == null
                                ? ""
                                : r.starts().restartFromSpawnMs())
                .row("java, processors", r.javaVersion() + ", " + r.processors());
    }
}
