package org.chainmap.simulate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.chainmap.domain.Scale;
import org.chainmap.domain.Uscc;
import org.chainmap.export.Json;

/**
 * What a simulation is asked for (SPEC section 13): an enterprise, by credit code ({@code uscc}) or as a new one
 * ({@code name}), with the links it would work in and any of its figures; the park it would be a tenant of; the year
 * of the per-mu evaluation. Every field but the enterprise may be left out.
 *
 * @param park the id of the park it would be a tenant of, or null for none
 * @param year the year it would be evaluated in; null for the latest year of the evaluation rows
 */
public record SimulationInput(EnterpriseInput enterprise, String park, Integer year) {
    /**
     * The enterprise and its figures, as {@code evaluations.csv} and {@code enterprises.csv} name them in camelCase;
     * a figure left out is the enterprise's own (its evaluation row of the year, else its enterprise record).
     *
     * @param uscc an enterprise of the graph, or the credit code a new one (with {@code name}) will have
     * @param links links it would work in, besides those it works in already
     */
    public record EnterpriseInput(
            String uscc,
            String name,
            List<String> links,
            Scale scale,
            Double revenue,
            Double tax,
            Long employees,
            Double landMu,
            Double floorAreaSqm,
            Double valueAdded,
            Double energyTce,
            Double emissions,
            Double electricityKwh,
            Double rnd) {
        public EnterpriseInput {
            links = links == null ? List.of() : List.copyOf(links);
        }

        /** Only the credit code of an enterprise of the graph. */
        public EnterpriseInput(String uscc) {
            this(uscc, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    private static final ObjectMapper STRICT =
            Json.mapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * Reads a request body; a body of another shape (an unknown field, a word where a number belongs) or a figure
     * that cannot be raises {@link InvalidSimulationException} with every problem found.
     */
    public static SimulationInput read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidSimulationException(List.of("body: expected a JSON object"));
        }
        SimulationInput in;
        try {
            in = STRICT.treeToValue(body, SimulationInput.class);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            throw new InvalidSimulationException(List.of(path(e) + ": not a field of a simulation"));
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new InvalidSimulationException(List.of(path(e) + ": cannot be read as the field's kind of value"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidSimulationException(List.of("body: " + e.getOriginalMessage()));
        }
        in.check();
        return in;
    }

    /** Where in the body a value could not be read, as {@code enterprise.links[0]}. */
    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /** The checks of form: the graph's (known enterprise, links, park) are {@link Simulator}'s. */
    void check() {
        List<String> problems = new ArrayList<>();
        if (enterprise == null) {
            problems.add("enterprise: is required, with a uscc or a name");
        } else {
            EnterpriseInput e = enterprise;
            if (e.uscc() == null && (e.name() == null || e.name().isBlank())) {
                problems.add("enterprise: needs a uscc (an enterprise of the graph) or a name (a new one)");
            }
            if (e.uscc() != null) {
                Uscc.problem(e.uscc()).ifPresent(p -> problems.add("enterprise.uscc: " + p));
            }
            if (e.links().stream().anyMatch(l -> l == null || l.isBlank())) {
                problems.add("enterprise.links: a link id is empty");
            }
            nonNegative(problems, "revenue", e.revenue());
            nonNegative(problems, "tax", e.tax());
            nonNegative(
                    problems,
                    "employees",
                    e.employees() == null ? null : e.employees().doubleValue());
            nonNegative(problems, "landMu", e.landMu());
            nonNegative(problems, "floorAreaSqm", e.floorAreaSqm());
            nonNegative(problems, "valueAdded", e.valueAdded());
            nonNegative(problems, "energyTce", e.energyTce());
            nonNegative(problems, "emissions", e.emissions());
            nonNegative(problems, "electricityKwh", e.electricityKwh());
            nonNegative(problems, "rnd", e.rnd());
        }
        if (year != null && (year < 1900 || year > 2200)) {
            problems.add("year: must be a year between 1900 and 2200, got " + year);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSimulationException(problems);
        }
    }

    private static void nonNegative(List<String> problems, String field, Double value) {
        if (value != null && !(value >= 0 && Double.isFinite(value))) {
            problems.add("enterprise." + field + ": must be a number of at least 0, got " + value);
        }
    }
}
