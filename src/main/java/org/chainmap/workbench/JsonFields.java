package org.chainmap.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.domain.Ids;
import org.chainmap.domain.Labelled;
import org.chainmap.domain.Uscc;
import org.chainmap.imports.Enums;

/**
 * Reads the fields of a JSON object one by one, each by its kind, noting every problem in {@link FieldProblems}
 * instead of stopping at the first. A field given as JSON {@code null} is "given, no value" (a change removes it);
 * a field not given at all is {@link #has absent}.
 */
final class JsonFields {
    static final int MAX_TEXT = 200;
    static final int MAX_NOTE = 2000;
    static final int MAX_LIST = 50;

    private final JsonNode object;
    private final FieldProblems problems;

    JsonFields(JsonNode object, Set<String> known, FieldProblems problems) {
        this.object = object;
        this.problems = problems;
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            String name = it.next().getKey();
            if (!known.contains(name)) {
                problems.unknownField(name, known);
            }
        }
    }

    boolean has(String field) {
        return object.has(field);
    }

    boolean isNull(String field) {
        return object.has(field) && object.get(field).isNull();
    }

    /** Text of at most {@code max} characters, stripped; null when absent, null or blank. */
    String text(String field, int max) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            problems.notText(field, typeOf(v));
            return null;
        }
        String t = v.asText().strip();
        if (t.length() > max) {
            problems.tooLong(field, max);
            return null;
        }
        return t.isEmpty() ? null : t;
    }

    /** An id by the one id rule; null when absent or null. */
    String id(String field) {
        String t = text(field, 100);
        if (t != null && !Ids.valid(t)) {
            problems.notAnId(field, t);
            return null;
        }
        return t;
    }

    /** A credit code whose check character is right; null when absent or null. */
    String uscc(String field) {
        String t = text(field, 40);
        if (t == null) {
            return null;
        }
        String code = t.toUpperCase(java.util.Locale.ROOT);
        var defect = Uscc.defect(code);
        if (defect.isPresent()) {
            problems.invalidCreditCode(field, t, defect.get());
            return null;
        }
        return code;
    }

    <E extends Enum<E> & Labelled> E enumValue(String field, Class<E> type) {
        String t = text(field, 40);
        if (t == null) {
            return null;
        }
        var value = Enums.parse(type, t);
        if (value.isEmpty()) {
            E[] all = type.getEnumConstants();
            problems.notOneOf(
                    field,
                    t,
                    java.util.Arrays.stream(all).map(Enum::name).toList(),
                    String.join(
                            ", ",
                            java.util.Arrays.stream(all)
                                    .map(e -> e.name() + "/" + e.zh())
                                    .toList()));
            return null;
        }
        return value.get();
    }

    /** A date {@code YYYY-MM-DD}; null when absent or null. */
    LocalDate date(String field) {
        String t = text(field, 40);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            problems.notADate(field, t);
            return null;
        }
    }

    /** A number of at least 0; null when absent or null. */
    Double amount(String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            problems.notANumber(field, v.toString());
            return null;
        }
        if (v.asDouble() < 0) {
            problems.negative(field, v.asDouble());
            return null;
        }
        return v.asDouble();
    }

    /** A whole number of at least {@code min}; null when absent or null. */
    Long integer(String field, long min) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            problems.notAWholeNumber(field, v.toString());
            return null;
        }
        if (v.asLong() < min) {
            problems.belowMinimum(field, v.asLong(), min);
            return null;
        }
        return v.asLong();
    }

    /** A list of texts (blank ones dropped); null when absent or null. */
    List<String> texts(String field) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isArray()) {
            problems.notAList(field);
            return null;
        }
        if (v.size() > MAX_LIST) {
            problems.tooManyItems(field, MAX_LIST);
            return null;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            if (!item.isTextual()) {
                problems.notText(field + "[" + i + "]", typeOf(item));
            } else if (item.asText().strip().length() > MAX_TEXT) {
                problems.tooLong(field + "[" + i + "]", MAX_TEXT);
            } else if (!item.asText().isBlank()) {
                items.add(item.asText().strip());
            }
        }
        return items;
    }

    /** A list of credit codes, each checked; null when absent or null. */
    List<String> usccs(String field) {
        List<String> texts = texts(field);
        if (texts == null) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String code = texts.get(i).toUpperCase(java.util.Locale.ROOT);
            var defect = Uscc.defect(code);
            if (defect.isPresent()) {
                problems.invalidCreditCode(field + "[" + i + "]", texts.get(i), defect.get());
            } else if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** A JSON value's type as a problem names it: number, boolean, array, object …. */
    private static String typeOf(JsonNode v) {
        return v.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A nested object; null when absent or null. */
    JsonFields object(String field, Set<String> known) {
        JsonNode v = object.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            problems.notAnObject(field);
            return null;
        }
        return new JsonFields(v, known, new Prefixed(field, problems));
    }

    /** Problems of a nested object, named {@code outer.inner}. */
    private static final class Prefixed extends FieldProblems {
        private final String prefix;
        private final FieldProblems outer;

        Prefixed(String prefix, FieldProblems outer) {
            this.prefix = prefix;
            this.outer = outer;
        }

        @Override
        void add(FieldProblem problem) {
            outer.add(problem.within(prefix));
        }
    }
}
