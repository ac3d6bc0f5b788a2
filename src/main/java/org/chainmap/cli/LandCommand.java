package org.chainmap.cli;

import java.nio.file.Path;
import java.util.List;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.domain.ChainmapException;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationService;
import org.chainmap.export.RecordSheet;
import org.chainmap.export.Tabular;
import org.chainmap.land.LandRules;
import org.chainmap.land.LandService;
import org.chainmap.land.LowEfficiencyList;
import org.chainmap.land.LowEfficiencyReason;
import org.chainmap.land.LowEfficiencyRow;
import org.chainmap.land.RenewalList;
import org.chainmap.land.RenewalRow;
import org.chainmap.land.RenewalTotals;
import org.chainmap.parks.ParkService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "land",
        description = "Land (SPEC section 12): the low-efficiency parcels with their reasons, tax upside and the gap"
                + " links that could move in; the renewals (腾笼换鸟) before and after.")
final class LandCommand extends AnalysisCommand {
    @ArgGroup(multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--low-efficiency", description = "the low-efficiency list (低效用地)")
        boolean lowEfficiency;

        @Option(names = "--renewals", description = "the renewed parcels before and after, and their totals")
        boolean renewals;
    }

    @Option(names = "--year", description = "low-efficiency: the evaluation year (default: the latest evaluated)")
    Integer year;

    @Option(names = "--town", description = "low-efficiency: only the parcels of this town (镇街)")
    String town;

    @Option(
            names = "--reason",
            paramLabel = "REASON",
            description = "low-efficiency: only the parcels with this reason: ${COMPLETION-CANDIDATES}")
    LowEfficiencyReason reason;

    @Option(
            names = "--plot-ratio-floor",
            description = "low-efficiency: a plot ratio below this is low (default: ${DEFAULT-VALUE})",
            defaultValue = "1.0")
    double plotRatioFloor;

    @Option(
            names = "--evaluation-config",
            paramLabel = "FILE",
            description = "properties file with evaluation.* keys overriding the per-mu defaults")
    Path evaluationConfig;

    @Override
    void print(AnalysisService service) {
        if (plotRatioFloor < 0) {
            throw new ChainmapException("--plot-ratio-floor must be zero or more, got " + plotRatioFloor);
        }
        EvaluationConfig config =
                evaluationConfig == null ? EvaluationConfig.defaults() : EvaluationConfig.load(evaluationConfig);
        LandService land = new LandService(
                store,
                new EvaluationService(store),
                config,
                service,
                new ParkService(store),
                new LandRules(plotRatioFloor));
        if (which.lowEfficiency) {
            LowEfficiencyList list = land.lowEfficiency(year).filtered(town, reason);
            output.print(list, Tabular.of(RecordSheet.of("parcels", LowEfficiencyRow.class, list.parcels())));
        } else {
            RenewalList list = land.renewals();
            output.print(
                    list,
                    Tabular.of(List.of(
                            RecordSheet.of("renewals", RenewalRow.class, list.renewals()),
                            RecordSheet.of("totals", RenewalTotals.class, List.of(list.totals())))));
        }
    }
}
