package org.chainmap.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * Neo4j's offline importer, the machinery of {@code neo4j-admin database import full}, run as a library: it writes
 * the store files of the default database from CSV files, without transactions, into a Neo4j home of its own (a
 * staging folder, so that the store is left as it was until the load is complete). What it prints goes to a log
 * beside its input, whose end is the message of a failure.
 */
final class OfflineImporter {
    private OfflineImporter() {}

    /**
     * Writes the database of {@code files} under {@code home} ({@code data/databases/neo4j} and
     * {@code data/transactions/neo4j}).
     *
     * @param multiline whether a text of the files holds a line break (read more slowly)
     */
    static void run(Path home, List<OfflineRows.File> files, boolean multiline, Path log) {
        List<String> args = new ArrayList<>();
        for (OfflineRows.File f : files) {
            args.add((f.nodes() ? "--nodes=" : "--relationships=") + f.name() + "="
                    + f.csv().file().toAbsolutePath());
        }
        args.add("--array-delimiter=U+" + String.format("%04X", (int) BulkCsv.ARRAY_DELIMITER));
        args.add("--multiline-fields=" + multiline);
        // the files name their paths literally, whatever characters the folders' names hold
        args.add("--path-pattern-style=none");
        // the rows were checked: anything the importer finds wrong is a fault of the load, not of the input
        args.add("--bad-tolerance=0");
        args.add("--report-file=" + log.resolveSibling("import.report").toAbsolutePath());
        args.add("--overwrite-destination=true");
        args.add(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        try (PrintStream out = new PrintStream(Files.newOutputStream(log), true, StandardCharsets.UTF_8)) {
            Path conf = Files.createDirectories(home.resolve("conf"));
            ImportCommand.Full command = new ImportCommand.Full(
                    new ExecutionContext(home, conf, out, out, new DefaultFileSystemAbstraction()));
            int exit = new CommandLine(command).execute(args.toArray(String[]::new));
            if (exit != 0) {
                throw new IllegalStateException("Neo4j's offline importer failed (exit " + exit + "): " + tail(log));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run Neo4j's offline importer in " + home, e);
        }
    }

    /** The last lines of the importer's log. */
    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
