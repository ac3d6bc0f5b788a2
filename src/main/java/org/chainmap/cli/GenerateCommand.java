package org.chainmap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.chainmap.export.Json;
import org.chainmap.generate.GenerationSummary;
import org.chainmap.generate.SyntheticDataSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "generate",
        description = "Write a synthetic data set of N enterprises in the import format (CSV), "
                + "the same files for the same N and seed.")
final class GenerateCommand implements Callable<Integer> {
    enum Format {
        table,
        json
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--enterprises", paramLabel = "N", required = true, description = "number of enterprises")
    int enterprises;

    @Option(
            names = "--seed",
            paramLabel = "S",
            defaultValue = "" + SyntheticDataSet.DEFAULT_SEED,
            description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write the CSV files to")
    Path out;

    @Option(
            names = "--sparse",
            description = "a data set like a district bureau's own: no revenue in enterprises.csv and only 2 %% of the"
                    + " supply ties (one in fifty, at least five); everything else as usual")
    boolean sparse;

    @Option(
            names = "--labels-out",
            paramLabel = "FILE",
            description = "write the enterprise-link memberships of enterprises other than chain leaders to FILE"
                    + " (uscc,link_id) instead of enterprise_links.csv, keeping those of the leaders and of 5 %% of the"
                    + " others, so that classify assigns the rest and classify --evaluate FILE measures how many it"
                    + " recovers; FILE must be outside --out")
    Path labelsOut;

    @Option(
            names = "--format",
            defaultValue = "table",
            description =
                    "table (a summary line on standard error only) or json (also a summary document on standard output)")
    Format format;

    @Override
    public Integer call() throws IOException {
        if (enterprises < 1 || enterprises > SyntheticDataSet.MAX_ENTERPRISES) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--enterprises must be between 1 and " + SyntheticDataSet.MAX_ENTERPRISES);
        }
        if (labelsOut != null
                && labelsOut
                        .toAbsolutePath()
                        .normalize()
                        .startsWith(out.toAbsolutePath().normalize())) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--labels-out must be outside --out: an import of the folder refuses files that are not of the"
                            + " import format");
        }
        GenerationSummary summary;
        try {
            summary = new SyntheticDataSet(enterprises, seed, sparse)
                    .writeTo(out, labelsOut, TerminalProgress.toStderr());
        } catch (UncheckedIOException e) {
            throw new ExitCodeException(e.getMessage() + ": " + e.getCause().getMessage(), 74);
        }
        spec.commandLine().getErr().println(summaryLine(summary));
        if (format == Format.json) {
            var stdout = spec.commandLine().getOut();
            stdout.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(summary));
            stdout.flush();
        }
        return 0;
    }

    static String summaryLine(GenerationSummary s) {
        String files = s.files().stream()
                .map(f -> String.format(Locale.ROOT, "%s %,d", f.file().replace(".csv", ""), f.rows()))
                .collect(Collectors.joining(", "));
        return String.format(
                Locale.ROOT,
                "generated %,d enterprises (seed %d%s) into %s in %.1f s, %,d MB: %s%s",
                s.enterprises(),
                s.seed(),
                s.sparse() ? ", sparse" : "",
                s.out(),
                s.seconds(),
                s.bytes() >> 20,
                files,
                s.labels() == null
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "; %,d labelled memberships in %s",
                                s.labels().rows(),
                                s.labels().file()));
    }
}
