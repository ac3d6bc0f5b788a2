package org.chainmap.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An RFC 9457 problem document, sent as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {
    public static final String CONTENT_TYPE = "application/problem+json";
}
