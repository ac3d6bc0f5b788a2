package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainmap.api.ApiClient.encode;
import static org.chainmap.api.ApiClient.json;
import static org.chainmap.api.ApiClient.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.chainmap.domain.Uscc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP API over the demo data set, on a loopback server on a free port. */
class ApiIT {
    private static final String INJECTION = "}) MATCH (n) DETACH DELETE n //";
    private static final String UNKNOWN_USCC = "91370215MA3C00000" + Uscc.checkCharacter("91370215MA3C00000");
    static Javalin app;
    static ApiClient client;

    @BeforeAll
    static void start() {
        app = DemoApi.start();
        client = new ApiClient(app.port());
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    @Test
    void shouldListTheFifteenDemoChains() throws Exception {
        JsonNode chains = json(get("/api/v1/chains"), 200).path("chains");
        assertThat(chains).hasSize(15);
        JsonNode nev = find(chains, "id", "nev");
        assertThat(nev.path("name").asText()).isEqualTo("新能源汽车");
        assertThat(nev.path("links").asInt()).isPositive();
        assertThat(nev.path("coverage").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void shouldNameChainsAndLinksInEnglishBesideChinese() throws Exception {
        JsonNode nev = find(json(get("/api/v1/chains"), 200).path("chains"), "id", "nev");
        assertThat(nev.path("nameEn").asText()).isEqualTo("New Energy Vehicles");
        JsonNode map = json(get("/api/v1/chains/nev/map"), 200);
        assertThat(map.path("chain").path("nameEn").asText()).isEqualTo("New Energy Vehicles");
        JsonNode chip = find(map.path("links"), "linkId", "nev.chip");
        assertThat(chip.path("name").asText()).isEqualTo("汽车芯片");
        assertThat(chip.path("nameEn").asText()).isEqualTo("Automotive chips");
        JsonNode gaps = json(get("/api/v1/chains/nev/gaps"), 200);
        assertThat(find(gaps.path("links"), "linkId", "nev.cathode")
                        .path("nameEn")
                        .asText())
                .isEqualTo("Cathode materials");
        JsonNode targets = json(get("/api/v1/chains/nev/targets?limit=20"), 200).path("targets");
        assertThat(targets)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.path("linkNameEn").asText())
                        .isEqualTo(find(
                                        gaps.path("links"),
                                        "linkId",
                                        t.path("linkId").asText())
                                .path("nameEn")
                                .asText()));
        JsonNode referrals = json(get("/api/v1/enterprises/913702156336233750/referrals"), 200)
                .path("referrals");
        assertThat(referrals).isNotEmpty().allSatisfy(r -> {
            assertThat(r.path("linkName").asText()).isNotBlank();
            assertThat(r.path("linkNameEn").asText())
                    .isNotBlank()
                    .isNotEqualTo(r.path("linkName").asText());
        });
        JsonNode focus = json(get("/api/v1/parks/nev-parts"), 200).path("park").path("focusChains");
        assertThat(find(focus, "id", "nev").path("nameEn").asText()).isEqualTo("New Energy Vehicles");
        JsonNode byChain = json(get("/api/v1/projects/summary"), 200).path("byChain");
        assertThat(find(byChain, "id", "nev").path("nameEn").asText()).isEqualTo("New Energy Vehicles");
        String csv =
                new String(client.bytes("/api/v1/chains/nev/gaps?format=csv").body(), StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).filter(l -> l.contains("nev.chip")).findFirst())
                .hasValueSatisfying(l -> assertThat(l).contains("Automotive chips"));
    }

    @Test
    void shouldDrawAChainMapWithFeedsAndLeaders() throws Exception {
        JsonNode map = json(get("/api/v1/chains/nev/map"), 200);
        assertThat(map.path("chain").path("id").asText()).isEqualTo("nev");
        assertThat(map.path("links")).isNotEmpty();
        assertThat(map.path("links").get(0).has("status")).isTrue();
        assertThat(map.path("feeds")).isNotEmpty();
        assertThat(map.path("leaders").toString())
                .contains("913702156336233750")
                .contains("91370215407791240X");
    }

    @Test
    void shouldAnswerTheGapRowsOfAChain() throws Exception {
        JsonNode body = json(get("/api/v1/chains/nev/gaps"), 200);
        assertThat(body.path("chain").path("id").asText()).isEqualTo("nev");
        // the demo's links.csv gives nev 18 links; no local enterprise works in 汽车芯片 (nev.chip), a key link, so it
        // heads the list as the one to extend
        assertThat(body.path("links")).hasSize(18);
        JsonNode row = body.path("links").get(0);
        assertThat(row.path("linkId").asText()).isEqualTo("nev.chip");
        assertThat(row.path("key").asBoolean()).isTrue();
        assertThat(row.path("coverage").asInt()).isZero();
        assertThat(row.path("aboveScale").asInt()).isZero();
        assertThat(row.path("status").asText()).isEqualTo("EXTEND");
        assertThat(row.path("action").asText()).isEqualTo("延链");
        // criticality: (8 links downstream of nev.chip along FEEDS + 1) / 18 links x 1.5 for a key link = 0.75;
        // weakness 1 for a link to extend
        assertThat(row.path("gapScore").asDouble()).isEqualTo(0.75);
    }

    @Test
    void shouldAnswerTheGapsOfEveryChainAsTheChainsDoOneByOneAndDownloadThemAsOneSheet() throws Exception {
        JsonNode all = json(get("/api/v1/gaps"), 200).path("chains");
        assertThat(all).hasSize(15);
        JsonNode nev = null;
        int links = 0;
        for (JsonNode report : all) {
            links += report.path("links").size();
            if (report.path("chain").path("id").asText().equals("nev")) {
                nev = report;
            }
        }
        assertThat(nev).isEqualTo(json(get("/api/v1/chains/nev/gaps"), 200));
        assertThat(links)
                .isEqualTo(
                        json(get("/health"), 200).path("counts").path("links").asInt());

        byte[] csv = client.bytes("/api/v1/gaps?format=csv").body();
        var records = ApiClient.csvRecords(csv);
        assertThat(records).hasSize(links);
        assertThat(records)
                .filteredOn(r -> r.get("linkId").equals("nev.chip"))
                .singleElement()
                .satisfies(r -> assertThat(r.get("chainId")).isEqualTo("nev"));
    }

    @Test
    void shouldRankTargetsByScoreDescendingAndPage() throws Exception {
        JsonNode body = json(get("/api/v1/chains/nev/targets?limit=5&offset=0"), 200);
        assertThat(body.path("limit").asInt()).isEqualTo(5);
        assertThat(body.path("offset").asInt()).isZero();
        assertThat(body.path("total").asInt()).isPositive();
        List<Double> scores = new ArrayList<>();
        body.path("targets").forEach(t -> scores.add(t.path("score").asDouble()));
        assertThat(scores).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void shouldDownloadGapsAsCsvWithAByteOrderMark() throws Exception {
        HttpResponse<byte[]> response = client.bytes("/api/v1/chains/nev/gaps?format=csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        byte[] body = response.body();
        assertThat(body.length).isGreaterThan(3);
        assertThat(new byte[] {body[0], body[1], body[2]}).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void shouldDownloadTargetsAsXlsx() throws Exception {
        HttpResponse<byte[]> response = client.bytes("/api/v1/chains/nev/targets?format=xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()[0]).isEqualTo((byte) 'P');
        assertThat(response.body()[1]).isEqualTo((byte) 'K');
    }

    @Test
    void shouldSearchEnterprisesByNameOrCodeAndShowOne() throws Exception {
        JsonNode byName = json(get("/api/v1/enterprises?q=" + encode("信乾正极")), 200);
        assertThat(byName.path("total").asInt()).isEqualTo(1);
        assertThat(byName.path("limit").asInt()).isEqualTo(50);
        assertThat(byName.path("enterprises").get(0).path("uscc").asText()).isEqualTo("91370215320716515Y");
        JsonNode byCode = json(get("/api/v1/enterprises?q=91370215&limit=3"), 200);
        assertThat(byCode.path("total").asInt()).isGreaterThan(3);
        assertThat(byCode.path("enterprises")).hasSize(3);
        JsonNode detail = json(get("/api/v1/enterprises/91370215320716515y"), 200);
        assertThat(detail.path("name").asText()).isEqualTo("青岛即墨信乾正极材料科技有限公司");
        assertThat(detail.path("local").asBoolean()).isTrue();
        assertThat(detail.path("links").isArray()).isTrue();
        assertThat(detail.path("suppliers").isArray()).isTrue();
        assertThat(detail.path("customers").isArray()).isTrue();
        assertThat(detail.path("leads")).isEmpty();
        assertThat(detail.has("registeredCapital")).as("left out where unknown").isFalse();
        JsonNode leader = json(get("/api/v1/enterprises/91370215407791240X"), 200);
        assertThat(leader.path("leads")).extracting(JsonNode::asText).containsExactly("nev");
    }

    @Test
    void shouldAnswerReferralsReferrersAndResilience() throws Exception {
        JsonNode referrals = json(get("/api/v1/enterprises/91370215320716515Y/referrals"), 200);
        assertThat(referrals.path("enterprise").path("uscc").asText()).isEqualTo("91370215320716515Y");
        assertThat(referrals.path("referrals").isArray()).isTrue();
        assertThat(json(get("/api/v1/enterprises/91370215320716515Y/referrers"), 200)
                        .isObject())
                .isTrue();
        JsonNode resilience = json(get("/api/v1/resilience?chain=nev"), 200);
        assertThat(resilience.toString()).contains("nev");
    }

    @Test
    void shouldAnswerParksProjectsEvaluationsAndTheReport() throws Exception {
        JsonNode parks = json(get("/api/v1/parks"), 200).path("parks");
        assertThat(parks).hasSize(20);
        JsonNode park = json(get("/api/v1/parks/nev-parts"), 200);
        assertThat(park.path("park").path("name").asText()).isEqualTo("即墨区新能源汽车零部件产业园");
        assertThat(json(get("/api/v1/projects"), 200).path("projects").isArray())
                .isTrue();
        JsonNode summary = json(get("/api/v1/projects/summary"), 200);
        assertThat(summary.path("funnel").isArray()).isTrue();
        JsonNode evaluations = json(get("/api/v1/evaluations?year=2025&scale=ABOVE"), 200);
        assertThat(evaluations.path("year").asInt()).isEqualTo(2025);
        evaluations
                .path("rows")
                .forEach(r -> assertThat(r.path("scale").asText()).isEqualTo("ABOVE"));
        JsonNode report = json(get("/api/v1/report"), 200);
        assertThat(report.path("headline").path("chains").asInt()).isEqualTo(15);
        assertThat(report.path("counts").path("parks").asInt()).isEqualTo(20);
    }

    @Test
    void shouldAnswerTheLowEfficiencyParcelsAndTheRenewals() throws Exception {
        JsonNode idle = json(
                get("/api/v1/land/low-efficiency?reason=IDLE&town="
                        + java.net.URLEncoder.encode("蓝村街道", java.nio.charset.StandardCharsets.UTF_8)),
                200);
        assertThat(idle.path("year").asInt()).isEqualTo(2025);
        assertThat(idle.path("parcels")).singleElement().satisfies(p -> {
            assertThat(p.path("id").asText()).isEqualTo("jm-21");
            assertThat(p.path("reasons").toString()).isEqualTo("[\"IDLE\"]");
            // 28.6 亩 without holder, no tax: the upside is the area at the above-scale benchmark
            assertThat(p.path("taxUpsideWan").asDouble())
                    .isEqualTo(28.6 * p.path("benchmarkTaxPerMu").asDouble());
        });
        JsonNode renewals = json(get("/api/v1/land/renewals"), 200);
        assertThat(renewals.path("totals").path("investmentYi").asDouble()).isEqualTo(40.0);
        assertThat(renewals.path("renewals").get(0).path("name").asText()).isEqualTo("金山工业园");
        assertThat(problem(get("/api/v1/land/low-efficiency?reason=SMALL"), 400)
                        .path("code")
                        .asText())
                .isEqualTo("BAD_PARAMETER");
    }

    /** A chain leader of nev. */
    private static final String NEV_LEADER = "91370215407791240X";

    @Test
    void shouldOfferTheParksWhoseFocusAndFreeSpaceFitAnEnterprise() throws Exception {
        // nev's parks: nev-parts (77,700 m² free, 8 kN/m², 4.5 m), hydrogen (57,600 m², 10, 6), battery (19,600 m², 10,
        // 6); 20,000 m² at 10 kN/m² and 5 m leave hydrogen alone
        JsonNode fits = json(get("/api/v1/parks?fits=" + NEV_LEADER + "&areaSqm=20000&floorLoad=10&height=5"), 200);
        assertThat(fits.path("parks").findValuesAsText("id")).containsExactly("hydrogen");
        JsonNode any = json(get("/api/v1/parks?fits=" + NEV_LEADER), 200);
        assertThat(any.path("parks").findValuesAsText("id")).containsExactly("nev-parts", "hydrogen", "battery");
        assertThat(problem(get("/api/v1/parks?fits=" + NEV_LEADER + "&height=-1"), 400)
                        .path("code")
                        .asText())
                .isEqualTo("BAD_PARAMETER");
    }

    @Test
    void shouldAnswerUnknownIdsAndRoutesWithProblem404() throws Exception {
        for (String path : List.of(
                "/api/v1/chains/nope/gaps",
                "/api/v1/chains/nope/map",
                "/api/v1/enterprises/" + UNKNOWN_USCC + "/referrals",
                "/api/v1/parks/nope",
                "/api/v1/enterprises/" + UNKNOWN_USCC,
                "/api/v1/nothing-here")) {
            var response = get(path);
            JsonNode problem = problem(response, 404);
            assertThat(problem.path("instance").asText()).as(path).isEqualTo(path);
        }
    }

    @Test
    void shouldGiveAnUnknownIdsCodeAndTheIdBesideTheEnglish() throws Exception {
        JsonNode chain = problem(get("/api/v1/chains/nope/gaps"), 404);
        assertThat(chain.path("detail").asText()).isEqualTo("unknown chain 'nope'");
        assertThat(chain.path("code").asText()).isEqualTo("UNKNOWN_CHAIN");
        assertThat(chain.path("values").toString()).isEqualTo("{\"id\":\"nope\"}");
        JsonNode enterprise = problem(get("/api/v1/enterprises/" + UNKNOWN_USCC), 404);
        assertThat(enterprise.path("code").asText()).isEqualTo("UNKNOWN_ENTERPRISE");
        assertThat(enterprise.path("values").path("id").asText()).isEqualTo(UNKNOWN_USCC);
        JsonNode park = problem(get("/api/v1/parks/nope"), 404);
        assertThat(park.path("code").asText()).isEqualTo("UNKNOWN_PARK");
        assertThat(park.path("values").path("id").asText()).isEqualTo("nope");
        JsonNode project = problem(get("/api/v1/projects/nope"), 404);
        assertThat(project.path("code").asText()).isEqualTo("UNKNOWN_PROJECT");
        assertThat(project.path("values").path("id").asText()).isEqualTo("nope");
        assertThat(problem(get("/api/v1/nothing-here"), 404).path("code").asText())
                .isEqualTo("NO_SUCH_RESOURCE");
    }

    @Test
    void shouldGiveABadParametersNameValueAndWhatIsAllowed() throws Exception {
        JsonNode status = problem(get("/api/v1/chains/nev/gaps?status=BOGUS"), 400);
        assertThat(status.path("code").asText()).isEqualTo("BAD_PARAMETER");
        assertThat(status.path("values").path("parameter").asText()).isEqualTo("status");
        assertThat(status.path("values").path("value").asText()).isEqualTo("BOGUS");
        assertThat(status.path("values").path("expected").asText()).isEqualTo("ONE_OF");
        assertThat(status.path("values").path("allowed"))
                .extracting(JsonNode::asText)
                .containsExactly("GAP", "EXTEND", "FILL", "STRENGTHEN", "OK");
        JsonNode stage = problem(get("/api/v1/chains/nev/gaps?stage=TOP"), 400);
        assertThat(stage.path("values").path("allowed"))
                .extracting(JsonNode::asText)
                .containsExactly("UPSTREAM", "MIDSTREAM", "DOWNSTREAM");
        JsonNode limit = problem(get("/api/v1/chains/nev/targets?limit=5000"), 400);
        assertThat(limit.path("values").toString())
                .isEqualTo("{\"parameter\":\"limit\",\"value\":\"5000\",\"expected\":\"BETWEEN\",\"min\":1,"
                        + "\"max\":1000}");
        JsonNode year = problem(get("/api/v1/evaluations"), 400);
        assertThat(year.path("values").toString()).isEqualTo("{\"parameter\":\"year\",\"expected\":\"PRESENT\"}");
        JsonNode ten = problem(get("/api/v1/chains/nev/targets?limit=ten"), 400);
        assertThat(ten.path("values").path("expected").asText()).isEqualTo("WHOLE_NUMBER");
        assertThat(ten.path("values").path("value").asText()).isEqualTo("ten");
        assertThat(problem(get("/api/v1/enterprises/ABC"), 400)
                        .path("values")
                        .path("expected")
                        .asText())
                .isEqualTo("CREDIT_CODE");
    }

    @Test
    void shouldAnswerBadParametersWithProblem400NamingThem() throws Exception {
        assertThat(problem(get("/api/v1/chains/nev/targets?limit=5000"), 400)
                        .path("detail")
                        .asText())
                .contains("limit");
        assertThat(problem(get("/api/v1/chains/nev/targets?offset=-1"), 400)
                        .path("detail")
                        .asText())
                .contains("offset");
        assertThat(problem(get("/api/v1/enterprises/not-a-code/referrals"), 400)
                        .path("detail")
                        .asText())
                .contains("uscc");
        assertThat(problem(get("/api/v1/enterprises/ABC"), 400).path("detail").asText())
                .contains("uscc");
        assertThat(problem(get("/api/v1/enterprises?q=x&limit=5000"), 400)
                        .path("detail")
                        .asText())
                .contains("limit");
        assertThat(problem(get("/api/v1/evaluations?year=soon"), 400)
                        .path("detail")
                        .asText())
                .isEqualTo("parameter 'year': not a whole number: 'soon'");
        assertThat(problem(get("/api/v1/evaluations"), 400).path("detail").asText())
                .isEqualTo("parameter 'year': is required");
        assertThat(problem(get("/api/v1/chains/nev/targets?limit=ten"), 400)
                        .path("detail")
                        .asText())
                .isEqualTo("parameter 'limit': not a whole number: 'ten'");
        assertThat(problem(get("/api/v1/chains/nev/gaps?format=pdf"), 400)
                        .path("detail")
                        .asText())
                .contains("format");
    }

    @Test
    void shouldListTheChainLeadersWithTheChainsTheyLead() throws Exception {
        Set<String> demoLeaders = new TreeSet<>();
        try (var in = new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("demo/leaders.csv"), StandardCharsets.UTF_8)) {
            CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .forEach(r -> demoLeaders.add(r.get("uscc") + " " + r.get("chain_id")));
        }
        JsonNode found = json(get("/api/v1/enterprises?leader=true&limit=1000"), 200);
        Set<String> listed = new TreeSet<>();
        found.path("enterprises")
                .forEach(e ->
                        e.path("leads").forEach(c -> listed.add(e.path("uscc").asText() + " " + c.asText())));

        assertThat(found.path("leaders").asBoolean()).isTrue();
        assertThat(listed).isEqualTo(demoLeaders);
        assertThat(found.path("enterprises"))
                .allSatisfy(e -> assertThat(e.path("leads")).isNotEmpty());
        assertThat(found.path("total").asInt())
                .isEqualTo(found.path("enterprises").size())
                .isLessThan(json(get("/api/v1/enterprises?limit=1"), 200)
                        .path("total")
                        .asInt());
        assertThat(problem(get("/api/v1/enterprises?leader=yes"), 400)
                        .path("detail")
                        .asText())
                .contains("leader");
    }

    @Test
    void shouldRefuseAnInjectionAttemptAsABadId() throws Exception {
        JsonNode before = json(get("/health"), 200).path("counts");
        problem(get("/api/v1/chains/" + encode(INJECTION) + "/gaps"), 400);
        problem(get("/api/v1/chains/" + encode(INJECTION) + "/targets"), 400);
        problem(get("/api/v1/resilience?chain=" + encode(INJECTION)), 400);
        JsonNode search = json(get("/api/v1/enterprises?q=" + encode(INJECTION)), 200);
        assertThat(search.path("total").asInt()).isZero();
        assertThat(search.path("enterprises")).isEmpty();
        assertThat(json(get("/health"), 200).path("counts")).isEqualTo(before);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no element with " + field + "=" + value + " in " + array);
    }

    private static HttpResponse<String> get(String path) {
        return client.get(path);
    }
}
