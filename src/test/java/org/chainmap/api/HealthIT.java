package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.chainmap.analysis.AnalysisConfig;
import org.chainmap.export.Json;
import org.chainmap.store.Store;
import org.chainmap.store.TestNeo4j;
import org.junit.jupiter.api.Test;

class HealthIT {
    @Test
    void shouldReportNeo4jAndTheCountsOnALoopbackServer() throws Exception {
        Store store = TestNeo4j.clean();
        var app = ApiServer.create(Services.over(store, AnalysisConfig.load(null, java.util.Map.of()), "区工业和信息化局"))
                .start("127.0.0.1", 0);
        try {
            var response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = Json.mapper().readTree(response.body());
            assertThat(body.path("status").asText()).isEqualTo("UP");
            assertThat(body.path("neo4j").path("reachable").asBoolean()).isTrue();
            assertThat(body.path("counts").path("enterprises").asLong()).isZero();
        } finally {
            app.stop();
        }
    }
}
