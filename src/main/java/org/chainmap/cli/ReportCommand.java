package org.chainmap.cli;

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

    @Override
    int run(Store store) {
        Report report = new ReportService(store, bureau).report();
        output.print(report, ReportTable.of(report));
        return 0;
    }
}
