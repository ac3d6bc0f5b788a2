package org.chainmap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code coldAfterRestartMs}: in a new {@code serve} process on a store, from when it has the store open (it says
 * "store ready") until the gaps and the targets of every chain answer ({@code GET /api/v1/gaps}, then
 * {@code GET /api/v1/targets}); and the same from the start of the process. The store must be closed in this process
 * first. The server binds to loopback and is stopped at the end. A first start, untimed, lets the launcher write its
 * class archive and the server keep its projection, as any start after the first finds them.
 */
public final class ColdRestart {
    private static final Pattern READY = Pattern.compile("store ready: ");
    private static final Pattern SERVING = Pattern.compile("on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final long TIMEOUT_MS = 600_000;

    private ColdRestart() {}

    /** The two figures of one restart. */
    public record Times(long fromStoreOpenMs, long fromSpawnMs) {}

    public static Times ms(Path data, long pageCacheMb, Path work) {
        once(data, pageCacheMb, work);
        return once(data, pageCacheMb, work);
    }

    private static Times once(Path data, long pageCacheMb, Path work) {
        List<String> command = new ArrayList<>(CommandStart.launcher());
        command.addAll(List.of(
                "serve", "--data", data.toString(), "--port", "0", "--page-cache-mb", String.valueOf(pageCacheMb)));
        Path log = work.resolve("restart.log");
        long start = System.nanoTime();
        Process server;
        try {
            server = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            long ready = seen(READY, server, log, start);
            int port = Integer.parseInt(found(SERVING, server, log, start).group(1));
            answer(http, port, "/api/v1/gaps", start);
            answer(http, port, "/api/v1/targets?limit=1", start);
            long end = System.nanoTime();
            return new Times((end - ready) / 1_000_000, (end - start) / 1_000_000);
        } finally {
            server.destroy();
            try {
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** When the line was first seen in the server's log (it is looked for every few milliseconds). */
    private static long seen(Pattern line, Process server, Path log, long start) {
        found(line, server, log, start);
        return System.nanoTime();
    }

    private static Matcher found(Pattern line, Process server, Path log, long start) {
        while (true) {
            try {
                Matcher m = line.matcher(Files.exists(log) ? Files.readString(log) : "");
                if (m.find()) {
                    return m;
                }
                if (!server.isAlive()) {
                    throw new IllegalStateException(
                            "serve stopped: " + Files.readString(log).strip());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + log, e);
            }
            pause(start);
        }
    }

    private static void answer(HttpClient http, int port, String path, long start) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofMinutes(5))
                .build();
        while (true) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            pause(start);
        }
    }

    private static void pause(long start) {
        if ((System.nanoTime() - start) / 1_000_000 > TIMEOUT_MS) {
            throw new IllegalStateException("serve did not answer within " + TIMEOUT_MS / 1000 + " s");
        }
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
