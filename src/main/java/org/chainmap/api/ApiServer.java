package org.chainmap.api;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.concurrent.atomic.AtomicReference;
import org.chainmap.export.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the HTTP app (API under {@code /api/v1} and the web view at {@code /}) from its services and settings;
 * the caller starts it, so tests build the same app. Every request is logged on one line: method, path, status,
 * milliseconds.
 */
public final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** Analysis answers kept per graph version. */
    private static final int CACHED_ANSWERS = 2_000;
    /** Spreadsheet and CSV downloads kept per graph version: the most requested, each some kilobytes to a megabyte. */
    private static final int CACHED_DOWNLOADS = 200;
    /** How often cached answers ask whether another process changed the graph. */
    private static final long RECHECK_VERSION_NANOS = 1_000_000_000L;
    /** While Neo4j is away, how often a request asks whether it is back. */
    private static final long PROBE_EVERY_NANOS = 1_000_000_000L;

    private ApiServer() {}

    /** The app with the defaults of a loopback server: reads open, no tokens, so no writes. */
    public static Javalin create(Services services) {
        return create(services, ApiSettings.defaults("127.0.0.1"));
    }

    public static Javalin create(Services services, ApiSettings settings) {
        Guard guard = new Guard(settings);
        StoreWatch watch = new StoreWatch(services.store()::reachable, System::nanoTime, PROBE_EVERY_NANOS);
        AnswerCache cache = new AnswerCache(
                services.store()::answerVersion, System::nanoTime, RECHECK_VERSION_NANOS, CACHED_ANSWERS);
        Downloads downloads = new Downloads(
                new AnswerCache(
                        services.store()::answerVersion, System::nanoTime, RECHECK_VERSION_NANOS, CACHED_DOWNLOADS),
                services.store()::answerVersion,
                java.time.Clock.systemDefaultZone());
        AtomicReference<Javalin> self = new AtomicReference<>();
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxUploadBytes();
            config.jetty.multipartConfig.maxFileSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(settings.maxUploadBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.jetty.modifyHttpConfiguration(http -> {
                http.setIdleTimeout(settings.idleTimeout().toMillis());
                http.addCustomizer(new SecurityHeaders());
            });
            config.jetty.modifyServer(server -> server.setErrorHandler(new ServerErrors()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.requestLogger.http((ctx, ms) -> LOG.info(
                    "{} {} {} {}ms", ctx.method(), ctx.path(), ctx.status().getCode(), Math.round(ms)));
            Problems.addTo(config.routes, watch);
            RequestOrigin origin = new RequestOrigin(settings);
            config.routes.before(origin::check);
            config.routes.beforeMatched(ctx -> {
                guard.check(ctx);
                if (!ctx.routeRoles().isEmpty()) {
                    watch.check();
                }
            });
            new HealthRoutes(services, guard).addTo(config.routes);
            new ChainRoutes(services, cache, downloads).addTo(config.routes);
            new EnterpriseRoutes(services, cache, downloads).addTo(config.routes);
            new ParkRoutes(services, downloads).addTo(config.routes);
            new LandRoutes(services, cache, downloads).addTo(config.routes);
            new SimulateRoutes(services).addTo(config.routes);
            Runnable graphChanged = () -> {
                cache.invalidate();
                downloads.invalidate();
            };
            new ProjectRoutes(services, downloads, guard, graphChanged).addTo(config.routes);
            new VisitRoutes(services, downloads, guard, graphChanged).addTo(config.routes);
            new ClassifyRoutes(services, guard, graphChanged).addTo(config.routes);
            new ReportRoutes(services, cache, downloads).addTo(config.routes);
            new ImportRoutes(services, graphChanged, settings.maxUploadBytes()).addTo(config.routes);
            Route.get("/api/v1/openapi.json", "This description of the API, generated from its routes")
                    .to(
                            config.routes,
                            ctx -> ctx.json(OpenApi.describe(
                                    self.get().unsafe.internalRouter.allHttpHandlers(), Json.mapper(), version())));
        });
        self.set(app);
        return app;
    }

    private static String version() {
        String v = ApiServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
