package org.chainmap.cli;

import java.util.concurrent.Callable;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.export.AnalysisSheets;
import org.chainmap.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "referrals", description = "Enterprise referral (以企招企): whom a local enterprise could bring in"
        + " (--enterprise), or which local enterprises could introduce a target (--target).")
final class ReferralsCommand implements Callable<Integer> {
    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--enterprise", paramLabel = "USCC", description = "a local enterprise: its referral list")
        String enterprise;

        @Option(names = "--target", paramLabel = "USCC", description = "a target: the local enterprises placed to introduce it")
        String target;
    }

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    AnalysisOptions analysis;

    @Mixin
    OutputOptions output;

    @Override
    public Integer call() {
        output.check();
        var config = analysis.config();
        try (Store store = Store.open(storeOptions.settings(), false)) {
            var service = AnalysisService.over(store, config);
            if (which.enterprise != null) {
                var report = service.referrals(AnalysisOptions.code(which.enterprise));
                output.print(report, AnalysisSheets.referrals(report));
            } else {
                var report = service.referrers(AnalysisOptions.code(which.target));
                output.print(report, AnalysisSheets.referrers(report));
            }
            return 0;
        }
    }
}
