package org.chainmap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.analysis.feasibility.Feasibility;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.GapStatus;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.ProjectionCache;
import org.chainmap.analysis.projection.ProjectionReader;
import org.chainmap.analysis.targets.Page;
import org.chainmap.analysis.targets.TargetFilter;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationService;
import org.chainmap.generate.HeapHighWater;
import org.chainmap.parks.ParkService;
import org.chainmap.parks.ParkSummary;
import org.chainmap.report.Counts;
import org.chainmap.report.ReportService;
import org.chainmap.simulate.SimulationInput;
import org.chainmap.simulate.Simulator;
import org.chainmap.store.Store;

/**
 * Times the analyses on the graph a store holds (SPEC section 9): the gap analysis of every chain on its first run
 * in the process, cold (its projection read from the store as part of the run, median of three) and warm (on the
 * cached projection, median of five); the plain-Cypher {@link CypherBaseline} beside it, first run and median of
 * five, its rows checked against chainmap's; then the full projection and, on it, the targets of every chain (first
 * run, which ranks the projection, and median of five; a page as large as the API gives, and as large as an export)
 * and the referrals of every leader; the read of the link regions and the feasibility of every link; a simulated
 * landing. Nothing is written.
 *
 * <p>Every median follows untimed runs of the same work filling {@value #WARM_UP_MS} ms (at least one), so that the
 * JIT has compiled what steady use runs: a 7 ms warm gap pass is still interpreted in part after four runs (13.6 ms
 * at 10k enterprises, against 5.6 ms at 100k, where the runs before it were longer).
 */
public final class AnalysisBenchmark {
    private static final int WARM_RUNS = 5;
    private static final int COLD_RUNS = 3;
    private static final long WARM_UP_MS = 1_000;

    private final Store store;
    private final AnalysisConfig config;
    private final long pageCacheMb;

    public AnalysisBenchmark(Store store, AnalysisConfig config, long pageCacheMb) {
        this.store = store;
        this.config = config;
        this.pageCacheMb = pageCacheMb;
    }

    public AnalysisFigures run() {
        Counts counts = new ReportService(store, "").counts();
        try (HeapHighWater heap = new HeapHighWater()) {
            var reader = new ProjectionReader(store);
            var gapProjection = ProjectionCache.forGaps(reader);
            var projection = ProjectionCache.of(reader);
            var service = new AnalysisService(gapProjection, projection, config);

            // the first run in this process: chainmap's caches empty and its queries not yet planned by Neo4j
            long t0 = System.nanoTime();
            List<GapReport> gaps = service.gapsAll().chains();
            long gapsFirst = millis(t0);
            progress("gaps, first run: %d ms", gapsFirst);

            // the plain-Cypher baseline on the same store, after chainmap's cold run so both find the page cache
            // as warm; its first run plans the query, the median of the next ones is its time in steady use
            var baseline = new CypherBaseline(store, config);
            List<String> chainIds = gaps.stream().map(g -> g.chain().id()).toList();
            long tb = System.nanoTime();
            List<List<CypherBaseline.Row>> baselineRows = baseline.gapsAll(chainIds);
            long baselineFirst = millis(tb);
            String difference = CypherBaseline.differenceFrom(gaps, baselineRows);
            double baselineMs = medianMillis(WARM_RUNS, () -> baseline.gapsAll(chainIds));
            progress(
                    "plain-Cypher baseline: first run %d ms, median %.1f ms, rows %s",
                    baselineFirst, baselineMs, difference == null ? "equal to chainmap's" : "DIFFERENT: " + difference);

            // cold: a fresh cache each run, so the gap projection is read from the store every time; Neo4j keeps
            // the plans of the queries, as it does in steady use after each import
            double gapsCold = medianMillis(
                    COLD_RUNS,
                    () -> new AnalysisService(ProjectionCache.forGaps(reader), projection, config).gapsAll());
            double gapsWarm = medianMillis(WARM_RUNS, () -> service.gapsAll());
            progress("gaps: cold %.1f ms, warm %.2f ms", gapsCold, gapsWarm);

            // the full projection, which targets, referrals and resilience read
            long t1 = System.nanoTime();
            IndustryGraph graph = projection.current();
            long projectionMs = millis(t1);
            progress("full projection: %d ms", projectionMs);

            Runnable allTargets = () -> targetsOfEveryChain(service, gaps, Page.MAX_ANSWER_LIMIT);
            long t2 = System.nanoTime();
            allTargets.run();
            long targetsMs = millis(t2);
            double targetsWarm = medianMillis(WARM_RUNS, allTargets);
            progress("targets of every chain: %d ms, warm %.1f ms", targetsMs, targetsWarm);
            double exportWarm = medianMillis(WARM_RUNS, () -> targetsOfEveryChain(service, gaps, Page.MAX_LIMIT));
            progress("targets of every chain, %,d rows each: warm %.1f ms", Page.MAX_LIMIT, exportWarm);

            double linkRegionsMs = medianMillis(COLD_RUNS, reader::readLinkRegions);
            var gapGraph = gapProjection.current();
            double feasibilityMs = medianMillis(WARM_RUNS, () -> Feasibility.of(gapGraph));
            progress("link regions read: %.1f ms; feasibility of every link: %.2f ms", linkRegionsMs, feasibilityMs);
            Simulated simulated = simulation(service, gaps);
            long simulateFirst = 0;
            double simulateWarm = 0;
            if (simulated != null) {
                long ts = System.nanoTime();
                simulated.run();
                simulateFirst = millis(ts);
                simulateWarm = medianMillis(WARM_RUNS, simulated::run);
                progress("simulate %s: first %d ms, warm %.1f ms", simulated.label(), simulateFirst, simulateWarm);
            }

            var leaders = new TreeSet<String>();
            graph.chains().forEach(c -> leaders.addAll(graph.leadersOf(c.id())));
            double referralsMs = 0;
            if (!leaders.isEmpty()) {
                service.referrals(leaders.first()); // the gaps of every chain, computed once per projection
                long t3 = System.nanoTime();
                for (String leader : leaders) {
                    service.referrals(leader);
                }
                referralsMs = (System.nanoTime() - t3) / 1e6 / leaders.size();
            }
            return new AnalysisFigures(
                    counts.enterprises(),
                    counts.supplies(),
                    gaps.size(),
                    leaders.size(),
                    projectionMs,
                    gapsCold,
                    gapsFirst,
                    gapsWarm,
                    targetsMs,
                    targetsWarm,
                    exportWarm,
                    gapsCold + projectionMs + targetsMs,
                    gapsWarm + targetsWarm,
                    referralsMs,
                    baselineMs,
                    baselineFirst,
                    difference == null,
                    difference,
                    ratio(baselineMs, gapsCold),
                    ratio(baselineMs, gapsWarm),
                    ratio(baselineFirst, gapsFirst),
                    heap.megabytes(),
                    Runtime.getRuntime().maxMemory() >> 20,
                    pageCacheMb,
                    linkRegionsMs,
                    feasibilityMs,
                    simulated == null ? null : simulated.label(),
                    simulateFirst,
                    simulateWarm);
        }
    }

    /** A simulation to time and what it simulates. */
    private record Simulated(String label, Runnable landing) {
        void run() {
            landing.run();
        }
    }

    /**
     * The landing of the top target of the FILL link of highest gap score, in the first park (by id) focusing on its
     * chain; null without a FILL link with a target.
     */
    private Simulated simulation(AnalysisService service, List<GapReport> gaps) {
        LinkGap fill = null;
        for (GapReport chain : gaps) {
            for (LinkGap l : chain.links()) {
                if (l.status() == GapStatus.FILL && (fill == null || l.gapScore() > fill.gapScore())) {
                    fill = l;
                }
            }
        }
        if (fill == null) {
            return null;
        }
        String chainId = service.projection().link(fill.linkId()).orElseThrow().chainId();
        var targets = service.targets(chainId, new TargetFilter(fill.linkId(), null, null), Page.FIRST)
                .targets();
        if (targets.isEmpty()) {
            return null;
        }
        String uscc = targets.getFirst().uscc();
        var parks = new ParkService(store);
        String park = parks.list().parks().stream()
                .filter(p -> p.focusChains().stream().anyMatch(c -> c.id().equals(chainId)))
                .map(ParkSummary::id)
                .findFirst()
                .orElse(null);
        var simulator = new Simulator(store, service, parks, new EvaluationService(store), EvaluationConfig.defaults());
        var input = new SimulationInput(new SimulationInput.EnterpriseInput(uscc), park, null);
        return new Simulated(
                uscc + " in " + fill.linkId() + (park == null ? "" : ", park " + park),
                () -> simulator.simulate(input));
    }

    static void targetsOfEveryChain(AnalysisService service, List<GapReport> gaps, int rows) {
        for (GapReport chain : gaps) {
            service.targets(chain.chain().id(), TargetFilter.NONE, new Page(rows, 0));
        }
    }

    /** Each figure on standard error as soon as it is measured. */
    private static void progress(String format, Object... args) {
        System.err.printf(format + "%n", args);
    }

    private static double medianMillis(int runs, Runnable work) {
        long warmUpEnd = System.nanoTime() + WARM_UP_MS * 1_000_000;
        do {
            work.run();
        } while (System.nanoTime() < warmUpEnd);
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - t) / 1e6);
        }
        times.sort(null);
        return times.get(runs / 2);
    }

    /** How many times faster chainmap is; a run under a microsecond counts as one. */
    private static double ratio(double baseline, double chainmap) {
        return baseline / Math.max(0.001, chainmap);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
