package org.chainmap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load test of HTTP endpoints on this machine: requests are started at a fixed rate whatever the
 * server's pace (each on a virtual thread), and each latency is counted from the moment its request was due, so a
 * slow server cannot hide its queueing (no coordinated omission). Only loopback addresses are accepted, and a run
 * is bounded in requests and in time.
 */
public final class HttpLoad {
    public static final int MAX_SECONDS = 120;
    public static final int MAX_RATE = 5_000;

    private final URI base;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public HttpLoad(URI base) {
        if (!loopback(base.getHost())) {
            throw new IllegalArgumentException("load tests run against loopback addresses only, not " + base.getHost());
        }
        this.base = base;
    }

    /** The figures of one path at one rate. Latencies in milliseconds. */
    public record Figures(
            String path,
            int targetRate,
            int seconds,
            int requests,
            int errors,
            double achievedRate,
            double p50Ms,
            double p90Ms,
            double p99Ms,
            double maxMs) {}

    /** Loads the path at {@code rate} requests/s untimed for {@code warmupSeconds} (JIT, caches), then timed. */
    public Figures run(String path, int rate, int seconds, int warmupSeconds) {
        if (warmupSeconds > 0) {
            load(path, rate, Math.min(warmupSeconds, MAX_SECONDS));
        }
        return load(path, rate, seconds);
    }

    private Figures load(String path, int rate, int seconds) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        return load(path, n -> request, rate, seconds);
    }

    /**
     * POSTs {@code json} to the path at {@code rate} requests/s (a read that takes a body, such as the simulator),
     * untimed for {@code warmupSeconds}, then timed.
     */
    public Figures runPost(String path, String json, int rate, int seconds, int warmupSeconds) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        String label = "POST " + path;
        if (warmupSeconds > 0) {
            load(label, n -> request, rate, Math.min(warmupSeconds, MAX_SECONDS));
        }
        return load(label, n -> request, rate, seconds);
    }

    /**
     * Changes the stage of projects at {@code rate} requests/s, as an editor with {@code token}: request {@code n}
     * moves project {@code n % ids.size()} to TALKS, the next round back to LEAD (with a note), each a PATCH with
     * {@code If-Match: *}, so that every request is a write of a stage event and an audit entry.
     */
    public Figures stageChanges(List<String> ids, String token, int rate, int seconds, int warmupSeconds) {
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no projects to change");
        }
        java.util.function.IntFunction<HttpRequest> change = n -> {
            String stage = (n / ids.size()) % 2 == 0 ? "TALKS" : "LEAD";
            return HttpRequest.newBuilder(base.resolve("/api/v1/projects/" + ids.get(n % ids.size())))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("If-Match", "*")
                    .method(
                            "PATCH",
                            HttpRequest.BodyPublishers.ofString(
                                    "{\"stage\": \"" + stage + "\", \"note\": \"load test\"}"))
                    .build();
        };
        String label = "PATCH /api/v1/projects/{id} (stage)";
        if (warmupSeconds > 0) {
            load(label, change, rate, Math.min(warmupSeconds, MAX_SECONDS));
        }
        return load(label, change, rate, seconds);
    }

    /** Sends {@code request.apply(n)} as the n-th request, at {@code rate} requests/s for {@code seconds}. */
    private Figures load(String path, java.util.function.IntFunction<HttpRequest> request, int rate, int seconds) {
        if (rate < 1 || rate > MAX_RATE) {
            throw new IllegalArgumentException("rate must be 1 to " + MAX_RATE + " requests/s, got " + rate);
        }
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("duration must be 1 to " + MAX_SECONDS + " s, got " + seconds);
        }
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicInteger errors = new AtomicInteger();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 10_000_000L;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                int n = i;
                threads.execute(() -> {
                    int status = send(request.apply(n));
                    latencies[n] = System.nanoTime() - due;
                    if (status < 200 || status >= 300) {
                        errors.incrementAndGet();
                    }
                });
            }
            threads.shutdown();
            if (!threads.awaitTermination(60, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        double elapsedS = (System.nanoTime() - start) / 1e9;
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return new Figures(
                path,
                rate,
                seconds,
                total,
                errors.get(),
                total / elapsedS,
                ms(percentile(sorted, 0.50)),
                ms(percentile(sorted, 0.90)),
                ms(percentile(sorted, 0.99)),
                ms(sorted[sorted.length - 1]));
    }

    /** Warms every path up first (the server's and this client's code paths, caches), then times each. */
    public List<Figures> runAll(List<String> paths, int rate, int seconds, int warmupSeconds) {
        if (warmupSeconds > 0) {
            for (String p : paths) {
                load(p, rate, Math.min(warmupSeconds, MAX_SECONDS));
            }
        }
        List<Figures> all = new ArrayList<>();
        for (String p : paths) {
            all.add(load(p, rate, seconds));
        }
        return all;
    }

    /** Sends one request and returns its status and body, for the set-up of a load test. */
    public HttpResponse<String> call(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The request {@code path} of the server under load. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path));
    }

    private int send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 1e4) / 100.0;
    }

    private static boolean loopback(String host) {
        try {
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new UncheckedIOException(e);
        }
    }
}
