package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.api.ApiClient.encode;
import static org.chainmap.api.ApiClient.json;
import static org.chainmap.api.ApiClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every chain's targets in one list, over the demo data set: each row is the row its chain's own list has, the
 * list holds every chain's rows once, by score, and it pages, filters and downloads like a chain's list.
 */
class AllTargetsIT {
    static Javalin app;
    static ApiClient client;
    /** Every chain's whole target list, by chain id. */
    static Map<String, List<JsonNode>> byChain = new HashMap<>();

    @BeforeAll
    static void start() {
        app = DemoApi.start();
        client = new ApiClient(app.port());
        for (JsonNode chain : json(client.get("/api/v1/chains"), 200).path("chains")) {
            String id = chain.path("id").asText();
            byChain.put(id, rows(json(client.get("/api/v1/chains/" + id + "/targets?limit=1000"), 200)));
        }
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    private static List<JsonNode> rows(JsonNode answer) {
        List<JsonNode> rows = new ArrayList<>();
        answer.path("targets").forEach(rows::add);
        return rows;
    }

    private static List<JsonNode> everyRow(String query) {
        List<JsonNode> rows = new ArrayList<>();
        int total;
        do {
            JsonNode page = json(client.get("/api/v1/targets?limit=100&offset=" + rows.size() + query), 200);
            total = page.path("total").asInt();
            List<JsonNode> got = rows(page);
            if (got.isEmpty()) {
                break;
            }
            rows.addAll(got);
        } while (rows.size() < total);
        assertThat(rows).hasSize(total);
        return rows;
    }

    private static String key(String chain, JsonNode row) {
        return chain + "/" + row.path("uscc").asText();
    }

    @Test
    void shouldHoldEveryChainsRowsOnceEachAsTheChainRanksIt() {
        List<JsonNode> all = everyRow("");
        Map<String, JsonNode> expected = new HashMap<>();
        byChain.forEach((chain, rows) -> rows.forEach(r -> expected.put(key(chain, r), r)));
        assertThat(expected).as("the demo has targets in several chains").hasSizeGreaterThan(50);

        Map<String, JsonNode> got = new HashMap<>();
        for (JsonNode row : all) {
            assertThat(got.put(key(row.path("chainId").asText(), row), row))
                    .as("row twice")
                    .isNull();
        }
        assertThat(got.keySet()).isEqualTo(expected.keySet());
        got.forEach((k, row) -> {
            JsonNode own = expected.get(k);
            assertThat(row.path("score").asDouble())
                    .as(k)
                    .isEqualTo(own.path("score").asDouble());
            assertThat(row.path("rank").asInt())
                    .as(k)
                    .isEqualTo(own.path("rank").asInt());
            assertThat(row.path("linkId").asText())
                    .as(k)
                    .isEqualTo(own.path("linkId").asText());
            assertThat(row.path("evidence")).as(k).isEqualTo(own.path("evidence"));
        });
        assertThat(all.stream().map(r -> r.path("chainName").asText()))
                .doesNotContain("")
                .contains("新能源汽车");
    }

    @Test
    void shouldListByScoreAndKeepEachChainsOwnOrder() {
        List<JsonNode> all = everyRow("");
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).path("score").asDouble())
                    .as("row %d", i)
                    .isLessThanOrEqualTo(all.get(i - 1).path("score").asDouble());
        }
        byChain.forEach((chain, rows) -> assertThat(all.stream()
                        .filter(r -> r.path("chainId").asText().equals(chain))
                        .map(r -> r.path("uscc").asText())
                        .toList())
                .as(chain)
                .containsExactlyElementsOf(
                        rows.stream().map(r -> r.path("uscc").asText()).toList()));
    }

    @Test
    void shouldNarrowToAChainAndByTheFiltersOfAChainsList() {
        assertThat(everyRow("&chain=nev").stream().map(r -> r.path("uscc").asText()))
                .containsExactlyElementsOf(byChain.get("nev").stream()
                        .map(r -> r.path("uscc").asText())
                        .toList());

        List<JsonNode> shanghai = everyRow("&region=" + encode("上海"));
        long expected = byChain.values().stream()
                .flatMap(List::stream)
                .filter(r -> r.path("region").asText().contains("上海"))
                .count();
        assertThat(shanghai).hasSize((int) expected).isNotEmpty();

        JsonNode first = everyRow("").getFirst();
        String name = first.path("name").asText();
        assertThat(everyRow("&q=" + encode(name)))
                .extracting(r -> r.path("name").asText())
                .isNotEmpty()
                .allSatisfy(n -> assertThat(n).contains(name));
    }

    @Test
    void shouldDownloadEveryMatchingRowWithItsChain() {
        var response = client.bytes("/api/v1/targets?chain=ic&format=csv");
        assertThat(response.statusCode()).isEqualTo(200);
        List<CSVRecord> rows = ApiClient.csvRecords(response.body());
        assertThat(rows).hasSize(byChain.get("ic").size());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("chainId")).isEqualTo("ic"));
        assertThat(rows.getFirst().get("uscc"))
                .isEqualTo(byChain.get("ic").getFirst().path("uscc").asText());
    }

    @Test
    void shouldRefuseAnUnknownChainAndABadPage() {
        assertThat(problem(client.get("/api/v1/targets?chain=nope"), 404)
                        .path("code")
                        .asText())
                .isEqualTo("UNKNOWN_CHAIN");
        problem(client.get("/api/v1/targets?limit=0"), 400);
    }
}
