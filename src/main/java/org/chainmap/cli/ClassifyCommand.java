package org.chainmap.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.classify.Classifier;
import org.chainmap.classify.ClassifyRun;
import org.chainmap.classify.ClassifyService;
import org.chainmap.classify.LabelFile;
import org.chainmap.classify.Quality;
import org.chainmap.export.TextTable;
import org.chainmap.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "classify",
        description = "Assigns enterprises to chain links by the links' rules (industry codes, keywords, exclude"
                + " keywords) from their industry codes, products and business scopes: each enterprise its best"
                + " three links at or above the least confidence, written as inferred memberships that a review"
                + " accepts or rejects. Memberships from files and reviews are never changed. With --evaluate,"
                + " measures the rules against a labelled set instead, writing nothing.")
final class ClassifyCommand extends StoreCommand {
    @Option(names = "--dry-run", description = "compute and print, write nothing")
    boolean dryRun;

    @Option(
            names = "--min-confidence",
            paramLabel = "C",
            description = "the least confidence assigned, above 0 and at most 1 (default: ${DEFAULT-VALUE})")
    double minConfidence = Classifier.DEFAULT_THRESHOLD;

    @Option(
            names = "--evaluate",
            paramLabel = "LABELS.csv",
            description = "a CSV of uscc,link_id: print precision, recall and F1 of the rules on those enterprises,"
                    + " overall and per link")
    Path labels;

    @Override
    void checkOptions() {
        if (!(minConfidence > 0 && minConfidence <= 1)) {
            throw new ExitCodeException("--min-confidence must be above 0 and at most 1, not " + minConfidence, 2);
        }
    }

    /** The answer of {@code --format json}, as SPEC section 14 gives it. */
    record Run(
            long assigned,
            List<ClassifyRun.Membership> memberships,
            List<ClassifyRun.LinkCount> links,
            long enterprises,
            long removed,
            boolean dryRun,
            long ms) {}

    @Override
    int run(Store store) {
        ClassifyService service = new ClassifyService(store, Clock.systemDefaultZone());
        if (labels != null) {
            return evaluate(service);
        }
        List<ClassifyRun.Membership> all = new ArrayList<>();
        ClassifyRun run = service.run(minConfidence, dryRun, TerminalProgress.toStderr(), m -> {
            if (output.json()) {
                all.add(m);
            }
        });
        TextTable t = new TextTable("linkId", "assigned");
        run.links().forEach(l -> t.row(l.linkId(), l.count()));
        t.row("", "");
        t.row(dryRun ? "would assign (dry run)" : "assigned", run.assigned());
        t.row("enterprises read", run.enterprises());
        t.row("inferred removed first", run.removed());
        t.row("ms", run.ms());
        output.print(
                new Run(
                        run.assigned(),
                        output.json() ? all : run.memberships(),
                        run.links(),
                        run.enterprises(),
                        run.removed(),
                        run.dryRun(),
                        run.ms()),
                t);
        return 0;
    }

    private int evaluate(ClassifyService service) {
        Quality q = service.evaluate(LabelFile.read(labels), minConfidence);
        TextTable t = new TextTable("linkId", "precision", "recall", "f1", "assigned", "labelled");
        for (Quality.LinkQuality l : q.links()) {
            t.row(l.linkId(), round(l.precision()), round(l.recall()), round(l.f1()), l.assigned(), l.labelled());
        }
        t.row("(all)", round(q.precision()), round(q.recall()), round(q.f1()), q.assigned(), q.labelled());
        if (q.unknown() > 0) {
            System.err.println("chainmap: " + q.unknown() + " labelled credit code(s) are not in the store");
        }
        output.print(q, t);
        return 0;
    }

    private static String round(double v) {
        return String.format(java.util.Locale.ROOT, "%.3f", v);
    }
}
