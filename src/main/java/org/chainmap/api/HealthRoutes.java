package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code GET /health}. */
final class HealthRoutes {
    private final Services services;

    HealthRoutes(Services services) {
        this.services = services;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/health", this::health);
    }

    private void health(Context ctx) {
        boolean up = services.store().reachable();
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        ctx.json(new Health(
                up ? "UP" : "DOWN",
                new Health.Neo4jStatus(up, services.store().description()),
                up ? services.report().counts() : null));
    }
}
