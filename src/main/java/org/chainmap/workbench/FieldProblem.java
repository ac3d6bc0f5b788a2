package org.chainmap.workbench;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One problem of a refused write: the field it is about ({@code mentions[0]} for an item of a list,
 * {@code recommended.rank} for a field of a nested object), why as a {@link Reason} with the values its words name,
 * and the reason in English, as the API's {@code errors} list it.
 */
public record FieldProblem(
        String field,
        Reason code,
        Map<String, Object> values,
        @JsonIgnore String reason) {
    public FieldProblem {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The problem as one line {@code field: reason}. */
    public String line() {
        return field + ": " + reason;
    }

    /** The same problem of a field of the nested object {@code outer}. */
    FieldProblem within(String outer) {
        return new FieldProblem(outer + "." + field, code, values, reason);
    }
}
