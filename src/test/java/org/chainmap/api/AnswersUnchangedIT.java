package org.chainmap.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public answer on the demo, byte for byte as recorded under {@code src/test/resources/answers} before a
 * redesign of the code behind them: a change of structure must not change what users and scripts read. Where an
 * answer is meant to change, record them again with {@code -Dchainmap.recordAnswers=src/test/resources/answers}
 * and review the difference like any other change. Decimals are compared to 12 significant digits: the demo's
 * node ids, and with them the order in which floating-point sums add up, differ from one import to the next.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswersUnchangedIT {
    private static final String LEADER = "91370215320716515Y";
    private static final String TARGET = "91350902MA8GH03W1A";
    private static final String RECORD_INTO = System.getProperty("chainmap.recordAnswers");

    Javalin app;
    ApiClient client;

    @BeforeAll
    void start() {
        app = DemoApi.start();
        client = new ApiClient(app.port());
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    /** The demo's chains, read from the demo data itself so that the list needs no server. */
    static List<String> chains() {
        try (InputStream in = AnswersUnchangedIT.class.getClassLoader().getResourceAsStream("demo/chains.csv")) {
            List<String> ids = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    ids.add(lines[i].substring(0, lines[i].indexOf(',')).replace("\uFEFF", ""));
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<String> paths() {
        List<String> paths = new ArrayList<>(List.of(
                "/api/v1/openapi.json",
                "/api/v1/chains",
                "/api/v1/chains?format=csv",
                "/api/v1/gaps",
                "/api/v1/gaps?format=csv",
                "/api/v1/chains/nev/map.graphml",
                "/api/v1/chains/nev/targets?tag=SRDI&limit=20",
                "/api/v1/chains/nev/targets?region=" + ApiClient.encode("江苏") + "&limit=20&offset=5",
                "/api/v1/chains/nev/targets?limit=1000&format=csv",
                "/api/v1/chains/nev/targets?q=" + ApiClient.encode("科技") + "&limit=5&offset=5",
                "/api/v1/chains/nev/targets?q=" + ApiClient.encode("科技") + "&format=csv",
                "/api/v1/resilience?chain=nev&enterprise=" + LEADER,
                "/api/v1/enterprises?q=" + ApiClient.encode("青岛") + "&limit=50",
                "/api/v1/enterprises?leader=true",
                "/api/v1/enterprises/" + LEADER,
                "/api/v1/enterprises/" + LEADER + "/referrals",
                "/api/v1/enterprises/" + TARGET + "/referrers",
                "/api/v1/parks",
                "/api/v1/parks/appliance",
                "/api/v1/parks?format=csv",
                "/api/v1/projects",
                "/api/v1/projects?type=TECH_UPGRADE&stage=SIGNED",
                "/api/v1/projects/summary",
                "/api/v1/projects/summary?chain=nev",
                "/api/v1/evaluations?year=2025",
                "/api/v1/evaluations?year=2025&scale=ABOVE&format=csv",
                "/api/v1/evaluations?year=2025&scale=BELOW&q=" + ApiClient.encode("科技") + "&limit=10&offset=10",
                // a fixed day: the report of today, and its trend, change with the calendar
                "/api/v1/report?asOf=2026-06-30",
                "/api/v1/report?asOf=2025-06-30",
                "/api/v1/evaluations/transitions?from=2024&to=2025",
                "/api/v1/evaluations/transitions?from=2024&to=2025&scale=BELOW&format=csv",
                "/api/v1/projects/conversion",
                "/api/v1/chains/nope/gaps",
                "/api/v1/chains/nev/targets?limit=ten"));
        for (String chain : chains()) {
            paths.add("/api/v1/chains/" + chain + "/map");
            paths.add("/api/v1/chains/" + chain + "/gaps");
            paths.add("/api/v1/chains/" + chain + "/targets");
            paths.add("/api/v1/resilience?chain=" + chain);
        }
        return paths.stream();
    }

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+(?:[eE]-?\\d+)?");

    /** The text with every decimal of more than 12 significant digits rounded to 12. */
    static String rounded(String text) {
        return DECIMAL.matcher(text).replaceAll(m -> {
            BigDecimal d = new BigDecimal(m.group());
            return d.precision() <= 12
                    ? m.group()
                    : d.round(new MathContext(12)).stripTrailingZeros().toPlainString();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void shouldAnswerAsRecorded(String path) throws IOException {
        var response = client.bytes(path);
        String answer = response.statusCode() + "\n" + new String(response.body(), StandardCharsets.UTF_8);
        String file = path.substring("/api/v1/".length()).replaceAll("[^\\p{L}\\p{N}._=-]+", "_") + ".txt";
        if (RECORD_INTO != null) {
            Files.createDirectories(Path.of(RECORD_INTO));
            Files.writeString(Path.of(RECORD_INTO, file), answer, StandardCharsets.UTF_8);
            return;
        }
        try (InputStream recorded = getClass().getClassLoader().getResourceAsStream("answers/" + file)) {
            assertThat(recorded).as("a recorded answer for %s", path).isNotNull();
            assertThat(rounded(answer))
                    .as(path)
                    .isEqualTo(rounded(new String(recorded.readAllBytes(), StandardCharsets.UTF_8)));
        }
    }
}
