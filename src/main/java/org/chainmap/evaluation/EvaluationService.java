package org.chainmap.evaluation;

import java.util.List;
import java.util.Map;
import org.chainmap.domain.Scale;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/**
 * Runs the per-mu evaluation of a year on the graph: reads the {@code Evaluation} nodes of the year with their
 * enterprises and parks ({@code evaluation/inputs}), evaluates them with {@link PerMuEvaluation} and, on request,
 * writes score, rank and class back onto the nodes ({@code evaluation/save-results}).
 */
public final class EvaluationService {
    static final Query<EvaluationInput> INPUTS = Query.of("evaluation/inputs", EvaluationInput.class);
    static final Query<Written> SAVE_RESULTS = Query.of("evaluation/save-results", Written.class);

    static final Query<LatestYear> LATEST_YEAR = Query.of("evaluation/latest-year", LatestYear.class);

    /** The row of {@code evaluation/latest-year}. */
    record LatestYear(Long year) {}

    /** The row of {@code evaluation/save-results}. */
    record Written(long written) {}

    private final Store store;

    public EvaluationService(Store store) {
        this.store = store;
    }

    /** The figures of every enterprise with an evaluation row for {@code year}, by credit code. */
    public List<EvaluationInput> inputs(int year) {
        return store.read(INPUTS, Map.of("year", year));
    }

    /** The latest year with evaluation rows; empty without any. */
    public java.util.Optional<Integer> latestYear() {
        Long year = store.read(LATEST_YEAR, Map.of()).getFirst().year();
        return java.util.Optional.ofNullable(year).map(Long::intValue);
    }

    /** Evaluates {@code year} with {@code config}. */
    public EvaluationResult evaluate(int year, EvaluationConfig config) {
        return new PerMuEvaluation(config).evaluate(year, inputs(year));
    }

    /**
     * The classes of {@code from} and {@code to} side by side, each year evaluated with {@code config}; one group only
     * when {@code scale} is given.
     */
    public Transitions compare(int from, int to, EvaluationConfig config, Scale scale) {
        return Transitions.between(evaluate(from, config), evaluate(to, config), config.classNames(), scale);
    }

    /** Writes score, rank and class of each row onto its Evaluation node (idempotent); returns the nodes written. */
    public long save(EvaluationResult result) {
        List<Map<String, Object>> rows = result.rows().stream()
                .map(r -> Map.<String, Object>of(
                        "uscc", r.uscc(), "score", r.score(), "rank", r.rank(), "class", r.className()))
                .toList();
        return store.write(SAVE_RESULTS, Map.of("year", result.year(), "rows", rows))
                .getFirst()
                .written();
    }
}
