package org.chainmap.cli;

import io.javalin.util.JavalinBindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.chainmap.analysis.AnalysisWarmUp;
import org.chainmap.api.AccessTokens;
import org.chainmap.api.ApiServer;
import org.chainmap.api.ApiSettings;
import org.chainmap.api.Role;
import org.chainmap.api.Services;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.ExchangeRates;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", description = "Start the API and the web view.")
final class ServeCommand implements Callable<Integer> {
    /** How soon after an import the analyses are ready again without a visitor asking (see {@link AnalysisWarmUp}). */
    private static final Duration WARM_UP_INTERVAL = Duration.ofSeconds(5);

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    LocalOptions local;

    @Mixin
    AnalysisOptions analysis;

    @Option(
            names = "--port",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 for any free port)",
            defaultValue = "7070")
    int port;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE})", defaultValue = "127.0.0.1")
    String host;

    @Option(names = "--demo", description = "load the demo data set when the graph is empty")
    boolean demo;

    @Option(
            names = "--tokens",
            paramLabel = "FILE",
            description = "bearer tokens, one 'ROLE TOKEN [who]' per line (roles: viewer, editor, admin);"
                    + " also CHAINMAP_TOKENS_FILE, and CHAINMAP_TOKENS=role:token,…")
    Path tokens;

    @Option(
            names = "--open-reads",
            negatable = true,
            description = "reads need no token (default: on a loopback address only)")
    Boolean openReads;

    @Option(
            names = "--rate-limit",
            paramLabel = "N",
            description = "API requests per minute per client, 0 for none (default: ${DEFAULT-VALUE})",
            defaultValue = "" + ApiSettings.DEFAULT_REQUESTS_PER_MINUTE)
    int rateLimit;

    @Option(
            names = "--rate-limit-loopback",
            description = "count clients on the loopback address against the limit too")
    boolean rateLimitLoopback;

    @Option(
            names = "--max-upload-mb",
            paramLabel = "MB",
            description = "largest import upload (default: ${DEFAULT-VALUE})",
            defaultValue = "64")
    long maxUploadMb;

    @Option(
            names = "--cors-origin",
            paramLabel = "ORIGIN",
            split = ",",
            description = "origins whose pages may call the API (default: none)")
    List<String> corsOrigins = List.of();

    @Option(
            names = "--bureau",
            description = "lead agency of the bureau-led chains (default: ${DEFAULT-VALUE})",
            defaultValue = ReportCommand.DEFAULT_BUREAU)
    String bureau;

    /** Exit code when the HTTP port cannot be had (EX_UNAVAILABLE of sysexits.h). */
    static final int EXIT_PORT_IN_USE = 69;

    @Override
    public Integer call() throws InterruptedException {
        ExchangeRates rates = ExchangeRates.fromEnvironment(System.getenv());
        System.err.println("starting the store …");
        Store store = Store.open(storeOptions.settings(), true);
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            var services = Services.over(store, analysis.config(), bureau, local.divisions(), rates);
            var report = services.report();
            var counts = report.counts();
            System.err.printf(
                    "store ready: %s; %,d chains, %,d enterprises, %,d projects%n",
                    store.description(), counts.chains(), counts.enterprises(), counts.projects());
            var unfinished = services.imports().interrupted();
            InterruptedImportWarning.print(unfinished);
            boolean demoUnfinished =
                    unfinished.filter(i -> i.source().equals(DemoData.LABEL)).isPresent();
            if (demo && (counts.enterprises() == 0 || demoUnfinished)) {
                System.err.println("loading the demo data set …");
                DemoData.importInto(new Neo4jGraphWriter(store), local.divisions(), TerminalProgress.toStderr());
            }
            var app = ApiServer.create(services, apiSettings());
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                try {
                                    app.stop();
                                } finally {
                                    stopped.countDown();
                                }
                            },
                            "chainmap-http-shutdown"));
            try {
                app.start(host, port);
            } catch (JavalinBindException e) {
                throw new ExitCodeException(
                        "cannot listen on " + host + ":" + port
                                + ": the port is in use (another chainmap serve?) or not allowed; choose another with"
                                + " --port",
                        EXIT_PORT_IN_USE);
            }
            var warmUp = new AnalysisWarmUp(
                    services.analysis(), WARM_UP_INTERVAL, message -> System.err.println("warning: " + message));
            System.err.printf(
                    "chainmap serving %s on http://%s:%d/ (Ctrl-C to stop)%n",
                    store.description(), host.contains(":") ? "[" + host + "]" : host, app.port());
            stopped.await();
            warmUp.close();
            store.close();
            return 0;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Who the demo's own token writes as in the audit log. */
    static final String DEMO_WRITER = "演示用户";

    private static String demoToken() {
        byte[] bytes = new byte[18];
        new java.security.SecureRandom().nextBytes(bytes);
        return "demo-" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private ApiSettings apiSettings() {
        Path file = tokens != null
                ? tokens
                : System.getenv("CHAINMAP_TOKENS_FILE") == null ? null : Path.of(System.getenv("CHAINMAP_TOKENS_FILE"));
        AccessTokens known = AccessTokens.load(file, System.getenv("CHAINMAP_TOKENS"));
        if (demo && known.isEmpty() && ApiSettings.isLoopback(host)) {
            // a demo with nobody able to write would not show the workbench: one admin token for this run only
            String token = demoToken();
            known = AccessTokens.granting(Map.of(token, new AccessTokens.Grant(Role.ADMIN, DEMO_WRITER)));
            System.err.printf(
                    "no tokens configured: this run's admin token, for the web view's first write, is %s%n", token);
        }
        ApiSettings settings = ApiSettings.defaults(host)
                .withTokens(known)
                .withRateLimit(rateLimit, rateLimitLoopback)
                .withUploadLimit(maxUploadMb * 1024 * 1024)
                .withCorsOrigins(corsOrigins);
        if (openReads != null) {
            settings = settings.withReadsOpen(openReads);
        }
        System.err.printf(
                "reads %s; %d token%s; imports need an editor token%n",
                settings.readsOpen() ? "open to all" : "need a viewer token",
                known.size(),
                known.size() == 1 ? "" : "s");
        if (!settings.readsOpen() && known.isEmpty()) {
            System.err.println("warning: reads need a token but none is configured (--tokens FILE or CHAINMAP_TOKENS)");
        }
        if (settings.readsOpen() && !ApiSettings.isLoopback(host)) {
            System.err.println("warning: reads are open on " + host + ", which is not a loopback address");
        }
        return settings;
    }
}
