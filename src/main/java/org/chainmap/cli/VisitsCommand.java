package org.chainmap.cli;

import java.time.Clock;
import java.time.LocalDate;
import org.chainmap.export.TextTable;
import org.chainmap.store.Store;
import org.chainmap.workbench.Visit;
import org.chainmap.workbench.VisitFilter;
import org.chainmap.workbench.VisitList;
import org.chainmap.workbench.Visits;
import org.chainmap.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "visits", description = "Visits (走访) to enterprises, newest first: who went, what they learned.")
final class VisitsCommand extends StoreCommand {
    @Option(names = "--enterprise", paramLabel = "USCC", description = "only visits to this enterprise")
    String enterprise;

    @Option(names = "--by", paramLabel = "NAME", description = "only visits by this person")
    String by;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "only visits on or after this day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "only visits on or before this day")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", description = "at most N visits (default: ${DEFAULT-VALUE})")
    int limit = 200;

    @Override
    void checkOptions() {
        if (limit < 1 || limit > Visits.MAX_LIMIT) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--limit must be 1 to " + Visits.MAX_LIMIT + ", not " + limit);
        }
    }

    @Override
    int run(Store store) {
        String code = enterprise == null ? null : AnalysisOptions.code(enterprise);
        VisitList list = new Workbench(store, Clock.systemDefaultZone())
                .visits()
                .list(new VisitFilter(code, by, from, to), limit);
        TextTable t = new TextTable("date", "enterprise", "by", "intention", "notes", "mentions");
        for (Visit v : list.visits()) {
            t.row(
                    v.date(),
                    v.enterprise().name(),
                    v.by() == null ? "" : v.by(),
                    v.intention().zh(),
                    v.notes() == null ? "" : v.notes(),
                    String.join("; ", v.mentions().stream().map(m -> m.name()).toList()));
        }
        output.print(list, t);
        return 0;
    }
}
