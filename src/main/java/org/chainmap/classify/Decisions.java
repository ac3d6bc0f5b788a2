package org.chainmap.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chainmap.workbench.InvalidInputException;

/**
 * The body of {@code POST /api/v1/classify/decisions}: {@code [{"uscc", "linkId", "decision": "ACCEPT" |
 * "REJECT"}]}, every problem of it answered at once.
 */
public final class Decisions {
    static final int MAX = 10_000;
    private static final Set<String> FIELDS = Set.of("uscc", "linkId", "decision");

    private Decisions() {}

    public static List<Decision> parse(JsonNode body) {
        List<String> problems = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        if (body == null || !body.isArray()) {
            throw new InvalidInputException(List.of("body: expected a JSON list of {uscc, linkId, decision}"));
        }
        if (body.size() > MAX) {
            throw new InvalidInputException(List.of("body: more than " + MAX + " decisions"));
        }
        for (int i = 0; i < body.size(); i++) {
            JsonNode d = body.get(i);
            String at = "[" + i + "]";
            if (!d.isObject()) {
                problems.add(at + ": expected an object");
                continue;
            }
            d.fieldNames().forEachRemaining(f -> {
                if (!FIELDS.contains(f)) {
                    problems.add(at + "." + f + ": not a field of a decision (known: uscc, linkId, decision)");
                }
            });
            String uscc = text(d, "uscc", at, problems);
            String link = text(d, "linkId", at, problems);
            String verdict = text(d, "decision", at, problems);
            Decision.Verdict v = null;
            if (verdict != null) {
                try {
                    v = Decision.Verdict.valueOf(verdict.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    problems.add(at + ".decision: '" + verdict + "' is not ACCEPT or REJECT");
                }
            }
            if (uscc != null && link != null && v != null) {
                decisions.add(new Decision(uscc.toUpperCase(Locale.ROOT), link, v));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return decisions;
    }

    private static String text(JsonNode d, String field, String at, List<String> problems) {
        JsonNode v = d.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            problems.add(at + "." + field + ": required");
            return null;
        }
        if (!v.isTextual()) {
            problems.add(at + "." + field + ": expected text");
            return null;
        }
        return v.asText().strip();
    }
}
