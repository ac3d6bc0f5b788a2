package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chainmap.analysis.targets.Page;

/**
 * Declares one API route: method, path, the role it needs (viewer by default), its parameters and answer. The
 * same declaration registers the handler and describes the route in {@code /api/v1/openapi.json}; a path
 * parameter left undescribed is a programming error caught when the app is built.
 */
final class Route {
    /** What a download of a list that {@link #paged(String)} holds when it names no page. */
    static final String WHOLE_DOWNLOAD = "a download without limit or offset holds every matching row";

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private final HandlerType method;
    private final String path;
    private final String summary;
    private final List<RouteDoc.Param> params = new ArrayList<>();
    private Role role = Role.VIEWER;
    private Class<?> response;
    private boolean downloads;
    private final List<String> produces = new ArrayList<>();
    private String upload;
    private String jsonBody;
    private int success = 200;
    private final java.util.Map<Integer, String> refusals = new java.util.TreeMap<>();

    private Route(HandlerType method, String path, String summary) {
        this.method = method;
        this.path = path;
        this.summary = summary;
    }

    static Route get(String path, String summary) {
        return new Route(HandlerType.GET, path, summary);
    }

    static Route post(String path, String summary) {
        return new Route(HandlerType.POST, path, summary);
    }

    static Route patch(String path, String summary) {
        return new Route(HandlerType.PATCH, path, summary);
    }

    Route path(String name, String description) {
        params.add(new RouteDoc.Param(name, "path", "string", true, description, List.of()));
        return this;
    }

    Route query(String name, String description) {
        return query(name, "string", false, description);
    }

    Route query(String name, String type, boolean required, String description) {
        params.add(new RouteDoc.Param(name, "query", type, required, description, List.of()));
        return this;
    }

    <E extends Enum<E>> Route query(String name, Class<E> values, String description) {
        params.add(new RouteDoc.Param(
                name,
                "query",
                "string",
                false,
                description,
                Arrays.stream(values.getEnumConstants()).map(Enum::name).toList()));
        return this;
    }

    /** {@code limit} (1 to {@value Params#MAX_LIMIT}) and {@code offset}; a download without them, one full page. */
    Route paged() {
        return paged("a download without a limit holds at most " + Params.MAX_LIMIT + " rows");
    }

    /** {@code limit} and {@code offset}; {@code download} says what a download that names neither holds. */
    Route paged(String download) {
        query(
                "limit",
                "integer",
                false,
                "rows per page, 1 to " + Params.MAX_LIMIT + ", default " + Page.DEFAULT_LIMIT + "; " + download);
        return query("offset", "integer", false, "rows to skip");
    }

    /** {@code format=json|csv|xlsx}: the same rows as a download. */
    Route downloads() {
        downloads = true;
        params.add(new RouteDoc.Param(
                "format",
                "query",
                "string",
                false,
                "json (default), or csv (UTF-8 with BOM) / xlsx for a download",
                List.of("json", "csv", "xlsx")));
        params.add(new RouteDoc.Param(
                "lang",
                "query",
                "string",
                false,
                "with xlsx: the language of the workbook's titles, headers and labels (default zh)",
                List.of("zh", "en")));
        params.add(new RouteDoc.Param(
                "labels",
                "query",
                "string",
                false,
                "with csv: headers and coded values as labels in this language, instead of field names and codes",
                List.of("zh", "en")));
        return this;
    }

    Route produces(String mediaType) {
        produces.add(mediaType);
        return this;
    }

    Route returns(Class<?> type) {
        response = type;
        return this;
    }

    Route role(Role r) {
        role = r;
        return this;
    }

    /** No token ever needed (health). */
    Route open() {
        role = null;
        return this;
    }

    Route upload(String description) {
        upload = description;
        return this;
    }

    /** The route takes a JSON object, described for the OpenAPI document. */
    Route jsonBody(String description) {
        jsonBody = description;
        return this;
    }

    /** A successful answer is 201 Created. */
    Route creates() {
        success = 201;
        return this;
    }

    /** A refusal of this route beyond those of every route, for the OpenAPI document. */
    Route refuses(int status, String why) {
        refusals.put(status, why);
        return this;
    }

    void to(RoutesConfig routes, Handler handler) {
        Matcher m = PATH_PARAM.matcher(path);
        while (m.find()) {
            String name = m.group(1);
            if (params.stream().noneMatch(p -> p.in().equals("path") && p.name().equals(name))) {
                throw new IllegalArgumentException(method + " " + path + ": path parameter '" + name + "' undescribed");
            }
        }
        var builder = Endpoint.create(method, path)
                .addMetadata(new RouteDoc(
                        summary, role, params, response, downloads, produces, upload, jsonBody, success, refusals));
        if (role != null) {
            builder.addMetadata(new Roles(Set.of(role)));
        }
        routes.addEndpoint(builder.handler(handler));
    }
}
