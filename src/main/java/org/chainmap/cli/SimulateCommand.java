package org.chainmap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.domain.ChainmapException;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationService;
import org.chainmap.export.Json;
import org.chainmap.export.TextTable;
import org.chainmap.parks.ParkService;
import org.chainmap.simulate.Simulation;
import org.chainmap.simulate.SimulationInput;
import org.chainmap.simulate.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "simulate",
        description = "What landing one enterprise would change (nothing is written): its links' gaps, its chains'"
                + " 建链, the park's concentration and occupancy, the per-mu classes. The request is the JSON of"
                + " POST /api/v1/simulate.")
final class SimulateCommand extends AnalysisCommand {
    @Option(
            names = "--json",
            paramLabel = "FILE",
            required = true,
            description = "the request: {\"enterprise\": {\"uscc\"} or {\"name\", \"links\", …}, \"park\": id,"
                    + " \"year\": Y}")
    Path request;

    @Option(
            names = "--evaluation-config",
            paramLabel = "FILE",
            description = "per-mu indicators, weights and class cuts (default: the shipped ones)")
    Path evaluationConfig;

    @Override
    void print(AnalysisService service) {
        SimulationInput in;
        try {
            in = SimulationInput.read(Json.mapper().readTree(Files.readString(request)));
        } catch (IOException e) {
            throw new ChainmapException("cannot read " + request + ": " + e.getMessage(), e);
        }
        EvaluationConfig settings =
                evaluationConfig == null ? EvaluationConfig.defaults() : EvaluationConfig.load(evaluationConfig);
        var simulator = new Simulator(store, service, new ParkService(store), new EvaluationService(store), settings);
        Simulation s = simulator.simulate(in);
        output.print(s, table(s));
    }

    /** One line per figure: what it is, before, after. */
    private static TextTable table(Simulation s) {
        TextTable t = new TextTable("", "before", "after");
        for (Simulation.LinkChange l : s.links()) {
            t.row("link " + l.linkId() + " " + l.name(), state(l.before()), state(l.after()));
        }
        for (Simulation.ChainChange c : s.chains()) {
            t.row(
                    "chain " + c.id() + " " + c.name(),
                    c.coveredBefore() + " covered" + (c.buildBefore() ? ", 建链" : ""),
                    c.coveredAfter() + " covered" + (c.buildAfter() ? ", 建链" : ""));
        }
        if (s.park() != null) {
            var p = s.park();
            t.row(
                    "park " + p.id() + " concentration",
                    percent(p.concentrationBefore()) + (p.meetsGoalBefore() ? " ✓" : ""),
                    percent(p.concentrationAfter()) + (p.meetsGoalAfter() ? " ✓" : ""));
            t.row("park " + p.id() + " occupancy", percent(p.occupancyBefore()), percent(p.occupancyAfter()));
        }
        if (s.evaluation() != null) {
            var e = s.evaluation();
            t.row(
                    "per-mu " + e.year() + " (" + e.scale() + ")",
                    e.classBefore() == null ? "" : e.classBefore(),
                    e.className() + String.format(Locale.ROOT, ", score %.2f, rank %d", e.score(), e.rank()));
            for (Simulation.ClassChange c : e.classChanges()) {
                t.row("  " + c.uscc() + " " + c.name(), c.from(), c.to());
            }
        }
        t.row("ties with local enterprises", "", s.localTies());
        return t;
    }

    private static String state(Simulation.LinkState s) {
        return s.status() + String.format(Locale.ROOT, " (coverage %d, gap %.3f)", s.coverage(), s.gapScore());
    }

    private static String percent(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.1f%%", v * 100);
    }
}
