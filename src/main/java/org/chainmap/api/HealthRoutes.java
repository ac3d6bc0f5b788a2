package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code GET /health}: open to all, so a load balancer can ask; the counts only to those who may read. */
final class HealthRoutes {
    private final Services services;
    private final Guard guard;

    HealthRoutes(Services services, Guard guard) {
        this.services = services;
        this.guard = guard;
    }

    void addTo(RoutesConfig routes) {
        Route.get("/health", "Status, whether Neo4j answers, and the graph's counts")
                .open()
                .returns(Health.class)
                .to(routes, this::health);
    }

    private void health(Context ctx) {
        boolean up = services.store().reachable();
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        ctx.json(new Health(
                up ? "UP" : "DOWN",
                new Health.Neo4jStatus(up, services.store().description()),
                up && guard.mayRead(ctx) ? services.report().counts() : null));
    }
}
