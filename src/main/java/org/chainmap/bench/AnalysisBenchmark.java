package org.chainmap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.analysis.AnalysisService;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.ProjectionCache;
import org.chainmap.analysis.projection.ProjectionReader;
import org.chainmap.analysis.targets.Page;
import org.chainmap.analysis.targets.TargetFilter;
import org.chainmap.generate.HeapHighWater;
import org.chainmap.report.Counts;
import org.chainmap.report.ReportService;
import org.chainmap.store.Store;

/**
 * Times the analyses on the graph a store holds (SPEC section 9): a cold run that reads the projection and
 * analyses every chain, then warm runs on the cached projection; and the plain-Cypher {@link CypherBaseline} beside
 * it, its rows checked against chainmap's. Nothing is written.
 */
public final class AnalysisBenchmark {
    private static final int WARM_RUNS = 5;

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
            long t0 = System.nanoTime();
            IndustryGraph graph = reader.read();
            long projectionMs = millis(t0);

            // cold: caches empty, the projection is read from the store as part of the run
            var service = new AnalysisService(ProjectionCache.of(reader), config);
            long t1 = System.nanoTime();
            List<GapReport> gaps = service.gapsAll().chains();
            long gapsCold = millis(t1);

            // the plain-Cypher baseline on the same store, after chainmap's cold run so both find the page cache
            // as warm; its first run includes planning the query, as a user's first run would
            var baseline = new CypherBaseline(store, config);
            List<String> chainIds = gaps.stream().map(g -> g.chain().id()).toList();
            long tb = System.nanoTime();
            List<List<CypherBaseline.Row>> baselineRows = baseline.gapsAll(chainIds);
            long baselineCold = millis(tb);
            String difference = CypherBaseline.differenceFrom(gaps, baselineRows);
            double baselineWarm = medianMillis(() -> baseline.gapsAll(chainIds));

            double gapsWarm = medianMillis(() -> service.gapsAll());

            long t2 = System.nanoTime();
            for (GapReport chain : gaps) {
                service.targets(chain.chain().id(), TargetFilter.NONE, new Page(Page.MAX_LIMIT, 0));
            }
            long targetsMs = millis(t2);

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
            return new AnalysisFigures(counts.enterprises(), counts.supplies(), gaps.size(), leaders.size(),
                    projectionMs, gapsCold, gapsWarm, targetsMs, referralsMs, baselineCold, baselineWarm,
                    difference == null, difference, ratio(baselineCold, gapsCold), ratio(baselineWarm, gapsWarm),
                    heap.megabytes(),
                    Runtime.getRuntime().maxMemory() >> 20, pageCacheMb);
        }
    }

    private static double medianMillis(Runnable work) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_RUNS; i++) {
            long t = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - t) / 1e6);
        }
        times.sort(null);
        return times.get(WARM_RUNS / 2);
    }

    /** How many times faster chainmap is; a run under a millisecond counts as one. */
    private static double ratio(double baseline, double chainmap) {
        return baseline / Math.max(1.0, chainmap);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
