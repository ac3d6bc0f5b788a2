package org.chainmap.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.chainmap.domain.Hundredths;
import org.chainmap.evaluation.EvaluationConfig;
import org.chainmap.evaluation.EvaluationService;
import org.chainmap.land.RenewalReader;
import org.chainmap.land.RenewalTotals;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/**
 * Computes the graph's counts and the headline figures from the graph, never from stored figures; the pipeline's
 * figures at the projects' current stages or, for a past day, at the stages their histories give for it (SPEC
 * section 11), with their trend over the year before.
 */
public final class ReportService {
    private final Store store;
    private final String bureau;
    private final Clock clock;

    /** @param bureau the lead agency whose chains count as bureau-led, e.g. 区工业和信息化局 */
    public ReportService(Store store, String bureau) {
        this(store, bureau, Clock.systemDefaultZone());
    }

    /** @param clock gives the day a report without a day describes */
    public ReportService(Store store, String bureau, Clock clock) {
        this.store = store;
        this.bureau = bureau;
        this.clock = clock;
    }

    /** The row of {@code report/counts}: the answer itself. */
    static final Query<Counts> COUNTS = Query.of("report/counts", Counts.class);
    /** The row of {@code report/headline}. */
    static final Query<HeadlineRow> HEADLINE = Query.of("report/headline", HeadlineRow.class);

    static final Query<ProjectAt> PROJECT_STAGES = Query.of("report/project-stages", ProjectAt.class);
    static final Query<Year> EVALUATION_YEAR = Query.of("report/evaluation-year", Year.class);

    record Year(Integer year) {}

    record HeadlineRow(
            long chains,
            long bureauLedChains,
            long leaders,
            long parks,
            long certifiedParks,
            double parkAreaMu,
            long parkUnits,
            long certifiedParkTenants) {}

    public Counts counts() {
        return store.read(COUNTS, Map.of()).getFirst();
    }

    /** The report of today, the pipeline at its projects' current stages. */
    public Report report() {
        return report(null);
    }

    /**
     * The report of {@code asOf} (today when null): the pipeline's figures as they stood then, their trend against a
     * year before, the projects by chain and stage, and the per-mu classes of the latest evaluated year up to its year.
     */
    public Report report(LocalDate asOf) {
        LocalDate day = asOf == null ? today() : asOf;
        // the parts are independent reads: asked for at once, so that Neo4j plans and runs them side by side (most of
        // a short command's time)
        try (ExecutorService reads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<List<ProjectAt>> projects = reads.submit(() -> projectsAt(asOf));
            Future<List<ProjectAt>> yearBefore = reads.submit(() -> projectsAt(day.minusYears(1)));
            Future<Counts> counts = reads.submit(this::counts);
            Future<HeadlineRow> row = reads.submit(this::headlineRow);
            Future<Headline.LandRenewal> land = reads.submit(this::landRenewal);
            Future<ClassDistribution> classes = reads.submit(() -> classes(day.getYear()));
            PipelineFigures now = PipelineFigures.of(join(projects));
            PipelineFigures then = PipelineFigures.of(join(yearBefore));
            return new Report(
                    day.toString(),
                    join(counts),
                    headline(join(row), now, join(land)),
                    Trend.between(then, now),
                    ChainStages.of(join(projects)),
                    join(classes));
        }
    }

    /** The value of a read, its failure thrown as it was. */
    private static <T> T join(Future<T> read) {
        try {
            return read.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The headline with the pipeline at its projects' current stages. */
    public Headline headline() {
        return headline(PipelineFigures.of(projectsAt(null)));
    }

    /** Every project at its stage on {@code day} (without an event by then, left out); at its current stage when null. */
    public List<ProjectAt> projectsAt(LocalDate day) {
        Map<String, Object> params = new HashMap<>();
        params.put("asOf", day == null ? null : day.toString());
        params.put("bureau", bureau);
        return store.read(PROJECT_STAGES, params);
    }

    /** The class counts of the latest evaluated year up to {@code year}. */
    public ClassDistribution classes(int year) {
        Integer latest =
                store.read(EVALUATION_YEAR, Map.of("year", year)).getFirst().year();
        if (latest == null) {
            return new ClassDistribution(null, List.of());
        }
        return new ClassDistribution(
                latest,
                new EvaluationService(store)
                        .evaluate(latest, EvaluationConfig.defaults()).groups().stream()
                                .map(g -> new ClassCounts(g.scale(), g.enterprises(), g.classes()))
                                .toList());
    }

    private HeadlineRow headlineRow() {
        return store.read(HEADLINE, Map.of("bureau", bureau)).getFirst();
    }

    private Headline headline(PipelineFigures pipeline) {
        return headline(headlineRow(), pipeline, landRenewal());
    }

    private static Headline headline(HeadlineRow r, PipelineFigures pipeline, Headline.LandRenewal land) {
        return new Headline(
                r.chains(),
                r.bureauLedChains(),
                r.leaders(),
                r.parks(),
                r.certifiedParks(),
                Hundredths.of(r.parkAreaMu()),
                r.parkUnits(),
                r.certifiedParkTenants(),
                pipeline.chainProjects(),
                pipeline.techUpgrade(),
                pipeline.referral(),
                land);
    }

    private Headline.LandRenewal landRenewal() {
        RenewalTotals t = new RenewalReader(store).read().totals();
        // the totals come to the hundredth; the multiple, a ratio, is rounded like them for the headline
        return new Headline.LandRenewal(
                t.renewedParcels(),
                t.renewedMu(),
                t.investmentYi(),
                t.taxBeforeWan(),
                t.taxAfterWan(),
                t.taxMultiple() == null ? null : Hundredths.of(t.taxMultiple()));
    }
}
