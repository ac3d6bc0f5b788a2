package org.chainmap.evaluation;

import static org.chainmap.store.Values.number;
import static org.chainmap.store.Values.text;
import static org.chainmap.store.Values.whole;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chainmap.domain.Scale;
import org.chainmap.store.Queries;
import org.chainmap.store.Store;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Runs the per-mu evaluation of a year on the graph: reads the {@code Evaluation} nodes of the year with their
 * enterprises and parks ({@code evaluation/inputs}), evaluates them with {@link PerMuEvaluation} and, on request,
 * writes score, rank and class back onto the nodes ({@code evaluation/save-results}).
 */
public final class EvaluationService {
    private final Store store;

    public EvaluationService(Store store) {
        this.store = store;
    }

    /** The figures of every enterprise with an evaluation row for {@code year}, by credit code. */
    public List<EvaluationInput> inputs(int year) {
        List<EvaluationInput> inputs = new ArrayList<>();
        for (Record r : store.read("evaluation/inputs", Map.of("year", year))) {
            List<ParkSpace> parks = new ArrayList<>();
            for (Value p : r.get("parks").values()) {
                parks.add(new ParkSpace(
                        p.get("id").asString(),
                        number(p.get("areaMu")),
                        number(p.get("floorAreaSqm")),
                        whole(p.get("floors"))));
            }
            String scale = text(r.get("scale"));
            inputs.add(new EvaluationInput(
                    r.get("uscc").asString(),
                    text(r.get("name")),
                    scale == null ? null : Scale.valueOf(scale),
                    number(r.get("tax")),
                    number(r.get("valueAdded")),
                    number(r.get("revenue")),
                    number(r.get("energyTce")),
                    number(r.get("emissions")),
                    number(r.get("electricityKwh")),
                    number(r.get("rnd")),
                    whole(r.get("employees")),
                    number(r.get("landMu")),
                    number(r.get("floorAreaSqm")),
                    parks));
        }
        return inputs;
    }

    /** Evaluates {@code year} with {@code config}. */
    public EvaluationResult evaluate(int year, EvaluationConfig config) {
        return new PerMuEvaluation(config).evaluate(year, inputs(year));
    }

    /** Writes score, rank and class of each row onto its Evaluation node (idempotent); returns the nodes written. */
    public long save(EvaluationResult result) {
        List<Map<String, Object>> rows = result.rows().stream()
                .map(r -> Map.<String, Object>of(
                        "uscc", r.uscc(), "score", r.score(), "rank", r.rank(), "class", r.className()))
                .toList();
        return store.writeTransaction(
                tx -> tx.run(Queries.text("evaluation/save-results"), Map.of("year", result.year(), "rows", rows))
                        .single()
                        .get("written")
                        .asLong());
    }
}
