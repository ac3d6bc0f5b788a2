package org.chainmap.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.chainmap.export.TextTable;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.ExchangeRates;
import org.chainmap.imports.ImportRejectedException;
import org.chainmap.imports.ImportSource;
import org.chainmap.imports.ImportSummary;
import org.chainmap.imports.Importer;
import org.chainmap.imports.InitialImport;
import org.chainmap.imports.Problem;
import org.chainmap.store.FirstLoad;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "import",
        description = "Import a CSV folder or an XLSX workbook (all or nothing), or the demo data set.")
final class ImportCommand implements Callable<Integer> {
    static final int EXIT_INVALID = 65;

    @ArgGroup(multiplicity = "1")
    What what;

    static final class What {
        @Parameters(paramLabel = "PATH", description = "folder of CSV files or .xlsx workbook")
        Path path;

        @Option(names = "--demo", description = "load the demo data set")
        boolean demo;
    }

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--dry-run", description = "validate only; write nothing")
    boolean dryRun;

    @Option(
            names = "--initial",
            description = "first load of an empty embedded store through Neo4j's offline importer, after the same"
                    + " checks (refused on a store that holds data)")
    boolean initial;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    LocalOptions local;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        if (initial && dryRun) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--initial loads and --dry-run only checks (as a normal import does): give one of them");
        }
        ImportSource source = what.demo ? DemoData.source() : ImportSource.of(what.path);
        ExchangeRates rates = ExchangeRates.fromEnvironment(System.getenv());
        try {
            if (initial) {
                loadFirst(source, rates);
                return 0;
            }
            try (Store store = Store.open(storeOptions.settings(), false)) {
                InterruptedImportWarning.print(store);
                var importer = new Importer(
                        new Neo4jGraphWriter(store), local.divisions(), rates, TerminalProgress.toStderr());
                long start = System.nanoTime();
                ImportSummary summary = importer.run(source, label(), dryRun);
                print(summary, source, start, dryRun ? "checked" : "imported");
                return 0;
            }
        } catch (ImportRejectedException e) {
            for (Problem p : e.problems()) {
                System.err.println(p);
            }
            if (output.json()) {
                output.print(new Rejected(false, e.getMessage(), e.problems()), new TextTable());
            }
            System.err.println("chainmap: " + e.getMessage());
            return EXIT_INVALID;
        }
    }

    /** {@code --initial}: the checks, then the offline load of the large files and the others as usual. */
    private void loadFirst(ImportSource source, ExchangeRates rates) {
        long start = System.nanoTime();
        try (FirstLoad load = FirstLoad.prepare(storeOptions.settings())) {
            load.replaces()
                    .ifPresent(run -> System.err.println("chainmap: replacing what the interrupted first load of "
                            + run.source() + " begun at " + run.startedAt() + " left in the store"));
            ImportSummary summary =
                    new InitialImport(load, local.divisions(), rates, TerminalProgress.toStderr()).run(source, label());
            System.err.printf(
                    "loaded in %.1f s: Neo4j's offline importer %.1f s, then the store's start with its indexes%n",
                    load.loadMs() / 1e3, load.importerMs() / 1e3);
            print(summary, source, start, "imported (first load)");
        }
    }

    private void print(ImportSummary summary, ImportSource source, long start, String done) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.err.printf(
                "%s %,d rows from %s in %.1f s (%,.0f rows/s): %,d created, %,d updated%s%n",
                done,
                summary.rows(),
                source.name(),
                seconds,
                summary.rows() / Math.max(seconds, 1e-9),
                summary.created(),
                summary.updated(),
                (summary.skipped() > 0 ? String.format(", %,d skipped", summary.skipped()) : "")
                        + (summary.warnings() > 0 ? String.format(", %,d warnings", summary.warnings()) : ""));
        printSkippedAndWarnings(summary);
        output.print(summary, table(summary));
    }

    /** The import as its marker names it: the folder or workbook by its absolute path, or the demo. */
    private String label() {
        return what.demo
                ? DemoData.LABEL
                : what.path.toAbsolutePath().normalize().toString();
    }

    record Rejected(boolean ok, String message, java.util.List<Problem> problems) {}

    /**
     * Why rows were skipped, file by file, and the first warnings of each file with how many there were in all: the
     * rows were imported, with the cells named taken as unknown.
     */
    static void printSkippedAndWarnings(ImportSummary summary) {
        for (var f : summary.files()) {
            for (var s : f.skippedBecause()) {
                System.err.printf("%s: %,d rows skipped: %s%n", f.file(), s.rows(), s.reason());
            }
            if (f.warnings() > 0) {
                System.err.printf(
                        "%s: %,d warnings (the cells are taken as unknown; the rows are imported)%s%n",
                        f.file(),
                        f.warnings(),
                        f.warnings() > f.firstWarnings().size()
                                ? ", the first " + f.firstWarnings().size() + ":"
                                : ":");
                for (Problem p : f.firstWarnings()) {
                    System.err.println("  " + p);
                }
            }
        }
    }

    private static TextTable table(ImportSummary s) {
        TextTable t = new TextTable(
                "file", "rows", "nodes created", "ties created", "updated", "skipped", "warnings", "write ms");
        for (var f : s.files()) {
            t.row(
                    f.file(),
                    f.rows(),
                    f.nodesCreated(),
                    f.relationshipsCreated(),
                    f.updated(),
                    f.skipped(),
                    f.warnings(),
                    f.writeMs());
        }
        t.row("(checking every file)", "", "", "", "", "", "", s.checkMs());
        return t;
    }
}
