package org.chainmap.cli;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.chainmap.bench.HttpLoad;
import org.chainmap.export.Json;
import org.chainmap.export.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "loadtest",
        description = "A bounded open-loop load test of a running serve on this machine: "
                + "requests per second and latency percentiles at a fixed rate, per path.")
final class LoadTestCommand implements Callable<Integer> {
    enum Format {
        table,
        json
    }

    @Option(
            names = "--url",
            defaultValue = "http://127.0.0.1:7070/",
            description = "the server (loopback only; default: ${DEFAULT-VALUE})")
    URI url;

    @Option(
            names = "--path",
            split = ",",
            description = "paths to load, one after another (default: chain map, gaps and targets of nev; with"
                    + " --post-json, the simulator)")
    List<String> paths;

    @Option(
            names = "--post-json",
            paramLabel = "FILE",
            description = "POST this JSON to each path instead of a GET (a read with a body: the simulator's request)")
    java.nio.file.Path postJson;

    @Option(names = "--rate", defaultValue = "500", description = "requests per second (default: ${DEFAULT-VALUE})")
    int rate;

    @Option(
            names = "--seconds",
            defaultValue = "20",
            description = "duration per path, at most " + HttpLoad.MAX_SECONDS + " (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(
            names = "--warmup",
            defaultValue = "5",
            description =
                    "seconds of untimed load per path at the same rate, every path before the first is timed (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--format", defaultValue = "table", description = "table or json")
    Format format;

    @Option(
            names = "--stage-changes",
            paramLabel = "N",
            description = "instead of the paths: create N projects named 负载测试 and change their stages back and"
                    + " forth (writes; needs an editor token in CHAINMAP_TOKEN; use a scratch data folder)")
    Integer stageChanges;

    @Override
    public Integer call() throws Exception {
        List<HttpLoad.Figures> figures;
        try {
            HttpLoad load = new HttpLoad(url);
            if (stageChanges != null) {
                figures = List.of(load.stageChanges(projects(load, stageChanges), token(), rate, seconds, warmup));
            } else if (postJson != null) {
                String body = java.nio.file.Files.readString(postJson);
                figures = new java.util.ArrayList<>();
                for (String path : paths == null ? List.of("/api/v1/simulate") : paths) {
                    figures.add(load.runPost(path, body, rate, seconds, warmup));
                }
            } else {
                figures = load.runAll(
                        paths == null
                                ? List.of(
                                        "/api/v1/chains/nev/map",
                                        "/api/v1/chains/nev/gaps",
                                        "/api/v1/chains/nev/targets")
                                : paths,
                        rate,
                        seconds,
                        warmup);
            }
        } catch (IllegalArgumentException e) {
            throw new ExitCodeException(e.getMessage(), 2);
        }
        if (format == Format.json) {
            System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        } else {
            TextTable t = new TextTable(
                    "path", "rate", "requests", "errors", "achieved/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
            for (HttpLoad.Figures f : figures) {
                t.row(
                        f.path(),
                        f.targetRate(),
                        f.requests(),
                        f.errors(),
                        fixed(f.achievedRate()),
                        fixed(f.p50Ms()),
                        fixed(f.p90Ms()),
                        fixed(f.p99Ms()),
                        fixed(f.maxMs()));
            }
            System.out.print(t.render());
        }
        return figures.stream().anyMatch(f -> f.errors() > 0) ? 1 : 0;
    }

    private static String token() {
        String token = System.getenv("CHAINMAP_TOKEN");
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("--stage-changes writes: give an editor token in CHAINMAP_TOKEN");
        }
        return token.strip();
    }

    /** Creates the projects whose stages the load test changes; their names say what they are. */
    private static List<String> projects(HttpLoad load, int count) throws Exception {
        if (count < 1 || count > 1000) {
            throw new IllegalArgumentException("--stage-changes must be 1 to 1000 projects, not " + count);
        }
        String token = token();
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            var answer = load.call(load.request("/api/v1/projects")
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                            "{\"name\": \"负载测试 " + i + "\", \"type\": \"CHAIN\"}")));
            if (answer.statusCode() != 201) {
                throw new IllegalArgumentException(
                        "creating a project for the load test answered " + answer.statusCode() + ": " + answer.body());
            }
            ids.add(Json.mapper().readTree(answer.body()).path("id").asText());
        }
        return ids;
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
