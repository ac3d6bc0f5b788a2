package org.chainmap.api;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.chainmap.export.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the HTTP app (API and web view) from its services; the caller starts it, so tests build the same app. */
public final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private ApiServer() {}

    public static Javalin create(Services services) {
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            config.requestLogger.http((ctx, ms) ->
                    LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.status().getCode(), Math.round(ms)));
            Problems.addTo(config.routes);
            new HealthRoutes(services).addTo(config.routes);
            new ChainRoutes(services).addTo(config.routes);
            new EnterpriseRoutes(services).addTo(config.routes);
            new ParkRoutes(services).addTo(config.routes);
            new ProjectRoutes(services).addTo(config.routes);
            new ReportRoutes(services).addTo(config.routes);
        });
    }
}
