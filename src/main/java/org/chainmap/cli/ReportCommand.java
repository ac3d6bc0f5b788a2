package org.chainmap.cli;

import java.time.LocalDate;
import org.chainmap.report.Report;
import org.chainmap.report.ReportService;
import org.chainmap.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", description = "Print the headline figures and the graph's counts.")
final class ReportCommand extends StoreCommand {
    static final String DEFAULT_BUREAU = "区工业和信息化局";

    @Option(
            names = "--bureau",
            description = "lead agency of the bureau-led chains (default: ${DEFAULT-VALUE})",
            defaultValue = DEFAULT_BUREAU)
    String bureau;

    @Option(
            names = "--as-of",
            paramLabel = "DATE",
            description = "the pipeline's figures as they stood on this day (YYYY-MM-DD) by the projects' stage"
                    + " histories; default: today, at their current stages")
    LocalDate asOf;

    @Override
    int run(Store store) {
        Report report = new ReportService(store, bureau).report(asOf);
        output.print(report, ReportTable.of(report));
        return 0;
    }
}
