package org.chainmap.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chainmap.workbench.FieldProblems;

/**
 * The body of {@code POST /api/v1/classify/decisions}: {@code [{"uscc", "linkId", "decision": "ACCEPT" |
 * "REJECT"}]}, every problem of it answered at once.
 */
public final class Decisions {
    static final int MAX = 10_000;
    private static final List<String> FIELDS = List.of("uscc", "linkId", "decision");

    private Decisions() {}

    public static List<Decision> parse(JsonNode body) {
        FieldProblems problems = new FieldProblems();
        if (body == null || !body.isArray()) {
            problems.notAList("body");
            problems.throwIfAny();
        }
        if (body.size() > MAX) {
            problems.tooManyItems("body", MAX);
            problems.throwIfAny();
        }
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode d = body.get(i);
            String at = "[" + i + "]";
            if (!d.isObject()) {
                problems.notAnObject(at);
                continue;
            }
            d.fieldNames().forEachRemaining(f -> {
                if (!FIELDS.contains(f)) {
                    problems.unknownField(at + "." + f, FIELDS);
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
                    problems.notOneOf(at + ".decision", verdict, List.of("ACCEPT", "REJECT"), "ACCEPT or REJECT");
                }
            }
            if (uscc != null && link != null && v != null) {
                decisions.add(new Decision(uscc.toUpperCase(Locale.ROOT), link, v));
            }
        }
        problems.throwIfAny();
        return decisions;
    }

    private static String text(JsonNode d, String field, String at, FieldProblems problems) {
        JsonNode v = d.get(field);
        if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
            problems.required(at + "." + field);
            return null;
        }
        if (!v.isTextual()) {
            problems.notText(at + "." + field, v.getNodeType().name().toLowerCase(Locale.ROOT));
            return null;
        }
        return v.asText().strip();
    }
}
