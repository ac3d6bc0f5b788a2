package org.chainmap.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.workbench.FieldProblem;

/**
 * An RFC 9457 problem document, sent as {@code application/problem+json}.
 *
 * @param code what the problem is about, for a client to word it in its own language (null where the server has
 *     no code for it); {@code title} and {@code detail} are the server's English
 * @param values the facts {@code code}'s words name, by name (see {@code docs/errors.md})
 * @param errors for a rejected import, every problem of the files as {@code file:line: column: reason}; for a
 *     refused write, every problem as {@code field: reason}
 * @param problems for a refused write, the problems of {@code errors} in the same order, each with its field,
 *     reason code and values
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        ProblemCode code,
        Map<String, Object> values,
        List<String> errors,
        List<FieldProblem> problems) {
    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem {
        values = values == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        errors = errors == null ? null : List.copyOf(errors);
        problems = problems == null ? null : List.copyOf(problems);
    }

    /** A problem's values from name, value, name, value …; a null value is left out. */
    static Map<String, Object> named(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return values;
    }
}
