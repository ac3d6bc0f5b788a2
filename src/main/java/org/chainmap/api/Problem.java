package org.chainmap.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document, sent as {@code application/problem+json}.
 *
 * @param errors for a rejected import, every problem of the files as {@code file:line: column: reason}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<String> errors) {
    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? null : List.copyOf(errors);
    }
}
