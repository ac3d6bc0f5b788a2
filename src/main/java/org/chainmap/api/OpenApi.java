package org.chainmap.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.router.ParsedEndpoint;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The OpenAPI 3.1 description of the API, generated from the app's own routes: every endpoint that carries a
 * {@link RouteDoc} appears with its parameters, the schema of its answer (from the response record), its
 * downloads, the role it needs and the problem documents it may answer.
 */
final class OpenApi {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApi() {}

    static ObjectNode describe(List<ParsedEndpoint> endpoints, ObjectMapper mapper, String version) {
        ObjectNode doc = NODES.objectNode().put("openapi", "3.1.0");
        doc.putObject("info")
                .put("title", "chainmap API")
                .put("version", version)
                .put(
                        "description",
                        "产业链图谱与招商分析: chains, gap links, targets, referrals, parks, pipeline and"
                                + " per-mu evaluation of a district's industry chains. Errors are RFC 9457 problem documents.")
                .putObject("license")
                .put("name", "GPL-3.0-or-later");
        JsonSchemas schemas = new JsonSchemas(mapper);
        // first, so that the problem document every error answers with keeps the name its responses refer to, whatever
        // other class called Problem an answer holds (the warnings of an import)
        schemas.of(Problem.class);
        ObjectNode paths = doc.putObject("paths");
        endpoints.stream()
                .filter(e -> e.endpoint.metadata(RouteDoc.class) != null)
                .sorted(Comparator.comparing((ParsedEndpoint e) -> e.endpoint.path)
                        .thenComparing(e -> e.endpoint.method.name()))
                .forEach(e -> {
                    ObjectNode item = paths.has(e.endpoint.path)
                            ? (ObjectNode) paths.get(e.endpoint.path)
                            : paths.putObject(e.endpoint.path);
                    item.set(
                            e.endpoint.method.name().toLowerCase(Locale.ROOT),
                            operation(e.endpoint.metadata(RouteDoc.class), schemas));
                });
        ObjectNode components = doc.putObject("components");
        ObjectNode schemaComponents = schemas.components();
        ((ObjectNode) schemaComponents.get("Problem"))
                .put(
                        "description",
                        "An RFC 9457 problem document. title and detail are the server's English; code (where the"
                                + " server has one) and values are the same facts for a client to word in its own"
                                + " language, values named per code in docs/errors.md. A refused write (422) lists"
                                + " errors as 'field: reason' and, in the same order, problems as {field, code,"
                                + " values}.");
        ((ObjectNode) schemaComponents.get("FieldProblem"))
                .put(
                        "description",
                        "One problem of a refused write: the field (mentions[0] for an item of a list,"
                                + " recommended.rank for a field of a nested object), the reason's code and the"
                                + " values its words name.");
        components.set("schemas", schemaComponents);
        components
                .putObject("securitySchemes")
                .putObject("bearer")
                .put("type", "http")
                .put("scheme", "bearer")
                .put("description", "a token of role viewer, editor or admin");
        return doc;
    }

    private static ObjectNode operation(RouteDoc doc, JsonSchemas schemas) {
        ObjectNode op = NODES.objectNode().put("summary", doc.summary());
        if (!doc.parameters().isEmpty()) {
            ArrayNode params = op.putArray("parameters");
            for (RouteDoc.Param p : doc.parameters()) {
                ObjectNode schema = NODES.objectNode().put("type", p.type());
                if (!p.values().isEmpty()) {
                    p.values().forEach(schema.putArray("enum")::add);
                }
                params.addObject()
                        .put("name", p.name())
                        .put("in", p.in())
                        .put("required", p.required())
                        .put("description", p.description())
                        .set("schema", schema);
            }
        }
        if (doc.upload() != null) {
            ObjectNode body = op.putObject("requestBody").put("required", true).put("description", doc.upload());
            body.putObject("content")
                    .putObject("multipart/form-data")
                    .putObject("schema")
                    .put("type", "object")
                    .putObject("properties")
                    .putObject("files")
                    .put("type", "array")
                    .putObject("items")
                    .put("type", "string")
                    .put("format", "binary");
        }
        if (doc.jsonBody() != null) {
            op.putObject("requestBody")
                    .put("required", true)
                    .put("description", doc.jsonBody())
                    .putObject("content")
                    .putObject("application/json")
                    .putObject("schema")
                    .put("type", "object");
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses
                .putObject(Integer.toString(doc.success()))
                .put("description", doc.success() == 201 ? "Created" : "OK");
        ObjectNode content = ok.putObject("content");
        if (doc.response() != null) {
            content.putObject("application/json").set("schema", schemas.of(doc.response()));
        }
        if (doc.downloads()) {
            content.putObject("text/csv").putObject("schema").put("type", "string");
            content.putObject(XLSX).putObject("schema").put("type", "string").put("format", "binary");
        }
        doc.produces().forEach(t -> content.putObject(t).putObject("schema").put("type", "string"));
        problem(responses, 400, "a parameter cannot be used; the detail names it");
        if (doc.parameters().stream().anyMatch(p -> p.in().equals("path"))) {
            problem(responses, 404, "no such chain, enterprise or park");
        }
        if (doc.role() != null) {
            problem(responses, 401, "no or an unknown bearer token, where one is needed");
            problem(responses, 403, "the token's role is not enough");
            problem(responses, 429, "over the per-client rate limit");
            op.putArray("security").addObject().putArray("bearer");
        }
        if (doc.upload() != null) {
            problem(responses, 413, "the upload is over the size limit");
            problem(responses, 422, "the files have problems; each is listed as file:line: column: reason");
        }
        doc.refusals().forEach((status, why) -> problem(responses, status, why));
        problem(responses, 503, "Neo4j is unreachable");
        problem(responses, 500, "an internal error, with an id found in the server's log");
        return op;
    }

    private static void problem(ObjectNode responses, int status, String description) {
        responses
                .putObject(Integer.toString(status))
                .put("description", description)
                .putObject("content")
                .putObject(Problem.CONTENT_TYPE)
                .putObject("schema")
                .put("$ref", "#/components/schemas/Problem");
    }
}
