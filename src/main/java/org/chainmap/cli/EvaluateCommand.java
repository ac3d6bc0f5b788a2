package org.chainmap.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.targets.Page;
import org.chainmap.domain.Scale;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationPage;
import org.chainmap.evaluation.EvaluationResult;
import org.chainmap.evaluation.EvaluationRow;
import org.chainmap.evaluation.EvaluationService;
import org.chainmap.evaluation.NextClass;
import org.chainmap.evaluation.TransitionRow;
import org.chainmap.evaluation.Transitions;
import org.chainmap.export.Sheet;
import org.chainmap.export.Tabular;
import org.chainmap.export.TextTable;
import org.chainmap.export.TransitionSheets;
import org.chainmap.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", description = "Per-mu efficiency evaluation (亩产效益): scores and classes for a year.")
final class EvaluateCommand extends StoreCommand {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--year", description = "the year evaluated")
    Integer year;

    @Option(
            names = "--compare",
            arity = "2",
            paramLabel = "YEAR",
            description = "two years: the classes of the first against the second (matrix, entered, left, rows)")
    List<Integer> compare;

    @Option(names = "--scale", paramLabel = "ABOVE|BELOW", description = "only one group: ABOVE (规上) or BELOW (规下)")
    Scale scale;

    @Option(
            names = "--search",
            paramLabel = "TEXT",
            description = "only the enterprises whose name or credit code contains TEXT; ranks stay those of the group")
    String search;

    @Option(names = "--limit", description = "at most this many rows (default: every row)")
    Integer limit;

    @Option(names = "--offset", description = "rows to skip (default: ${DEFAULT-VALUE})", defaultValue = "0")
    int offset;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "properties file overriding the evaluation.* defaults (weights, benchmarks, cap, classes)")
    Path config;

    @Option(names = "--save", description = "write score, rank and class onto the year's Evaluation nodes")
    boolean save;

    @Override
    int run(Store store) {
        EvaluationConfig settings = config == null ? EvaluationConfig.defaults() : EvaluationConfig.load(config);
        EvaluationService service = new EvaluationService(store);
        if (compare != null) {
            Transitions t = service.compare(compare.get(0), compare.get(1), settings, scale);
            output.print(t, output.format == OutputOptions.Format.table ? terminal(t) : TransitionSheets.of(t));
            return 0;
        }
        EvaluationResult result = service.evaluate(year, settings);
        if (result.rows().isEmpty()) {
            System.err.println("no evaluation rows for " + year);
        }
        if (save) {
            System.err.printf("saved score and class of %,d enterprises%n", service.save(result));
        }
        EvaluationResult shown = (scale == null ? result : result.only(scale)).matching(search);
        EvaluationPage page = limit == null && offset == 0
                ? EvaluationPage.all(shown)
                : EvaluationPage.of(
                        shown, limit == null ? Math.max(1, shown.rows().size()) : limit, offset);
        output.print(page, table(page));
        return 0;
    }

    @Override
    void checkOptions() {
        if ((year == null) == (compare == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --year Y or --compare Y1 Y2");
        }
        if (compare != null && (save || search != null || limit != null || offset != 0)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--compare takes --scale only (not --save, --search, --limit, --offset)");
        }
        try {
            new Page(limit == null ? Page.DEFAULT_LIMIT : limit, offset);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /**
     * On the terminal: the matrix, and the enterprises whose class changed, entered or left (CSV and XLSX hold every
     * row with its indicators).
     */
    private static Tabular terminal(Transitions t) {
        TextTable changed = new TextTable("scale", "uscc", "name", "from", "to", "score from", "score to");
        for (TransitionRow r : t.rows()) {
            if (r.moved() == null || r.moved() != 0) {
                changed.row(
                        r.scale().zh(),
                        r.uscc(),
                        r.name(),
                        r.fromClass() == null ? "—" : r.fromClass(),
                        r.toClass() == null ? "—" : r.toClass(),
                        r.scoreFrom() == null ? "" : fixed(r.scoreFrom()),
                        r.scoreTo() == null ? "" : fixed(r.scoreTo()));
            }
        }
        return Tabular.of(
                List.of(TransitionSheets.matrix(t), Sheet.of("changed " + t.from() + " → " + t.to(), changed)));
    }

    private static TextTable table(EvaluationPage result) {
        TextTable t =
                new TextTable("scale", "rank", "class", "score", "uscc", "name", "land (亩)", "fund", "next class");
        for (EvaluationRow r : result.rows()) {
            t.row(
                    r.scale().zh(),
                    r.rank(),
                    r.className(),
                    fixed(r.score()),
                    r.uscc(),
                    r.name(),
                    r.landMu() == null
                            ? ""
                            : fixed(r.landMu())
                                    + (r.landApportionedFrom() == null
                                            ? ""
                                            : " (park " + r.landApportionedFrom() + ")"),
                    Math.round(r.fundRatio() * 100) + "%",
                    next(r.nextClass()));
        }
        return t;
    }

    private static String next(NextClass n) {
        if (n == null) {
            return "";
        }
        String s = n.className() + " at " + fixed(n.scoreNeeded()) + " (+" + fixed(n.scoreGap()) + ")";
        return n.extraTax() == null ? s : s + ", or tax +" + fixed(n.extraTax()) + " 万元";
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
