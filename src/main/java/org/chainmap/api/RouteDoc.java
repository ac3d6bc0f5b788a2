package org.chainmap.api;

import io.javalin.router.EndpointMetadata;
import java.util.List;

/**
 * What the OpenAPI document says of one route. It travels with the route itself (as endpoint metadata), so the
 * document is generated from the routes the app really has.
 *
 * @param role        the role a token needs, or null for an open route
 * @param response    the record answered as JSON, or null for none
 * @param downloads   whether {@code format=csv|xlsx} gives a download of the same rows
 * @param produces    other media types answered instead of JSON (e.g. GraphML), or empty
 * @param upload      what a multipart body carries, or null for no body
 * @param jsonBody    what a JSON body carries, or null for no body
 * @param success     the status of a successful answer: 200, or 201 for a route that creates
 * @param refusals    further refusals of the route (status and why), beyond those every route has
 */
record RouteDoc(
        String summary,
        Role role,
        List<Param> parameters,
        Class<?> response,
        boolean downloads,
        List<String> produces,
        String upload,
        String jsonBody,
        int success,
        java.util.Map<Integer, String> refusals)
        implements EndpointMetadata {
    RouteDoc {
        parameters = List.copyOf(parameters);
        produces = List.copyOf(produces);
        refusals = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(refusals));
    }

    /** A path or query parameter. {@code type} is a JSON-schema type: string, integer, number or boolean. */
    record Param(String name, String in, String type, boolean required, String description, List<String> values) {
        Param {
            values = List.copyOf(values);
        }
    }
}
