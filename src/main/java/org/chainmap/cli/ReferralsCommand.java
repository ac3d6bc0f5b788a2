package org.chainmap.cli;

import java.time.Clock;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.export.AnalysisSheets;
import org.chainmap.workbench.Workbench;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "referrals",
        description = "Enterprise referral (以企招企): whom a local enterprise could bring in"
                + " (--enterprise), or which local enterprises could introduce a target (--target).")
final class ReferralsCommand extends AnalysisCommand {
    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--enterprise", paramLabel = "USCC", description = "a local enterprise: its referral list")
        String enterprise;

        @Option(
                names = "--target",
                paramLabel = "USCC",
                description = "a target: the local enterprises placed to introduce it")
        String target;
    }

    @Override
    void print(AnalysisService service) {
        if (which.enterprise != null) {
            var report = service.referrals(AnalysisOptions.code(which.enterprise));
            output.print(report, AnalysisSheets.referrals(report));
        } else {
            String target = AnalysisOptions.code(which.target);
            var report = service.referrers(target)
                    .withVisited(new Workbench(store, Clock.systemDefaultZone())
                            .visits()
                            .referrersOf(target));
            output.print(report, AnalysisSheets.referrers(report));
        }
    }
}
