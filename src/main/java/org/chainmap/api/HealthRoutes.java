package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chainmap.imports.InterruptedImport;

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

    /**
     * Those who may read see the graph's counts and where the store is; others see only whether it answers and what
     * kind it is. An interrupted import is shown to all, since every page answers from part of it until it is run
     * again.
     */
    private void health(Context ctx) {
        boolean up = services.store().reachable();
        boolean reader = guard.mayRead(ctx);
        ctx.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
        ctx.json(new Health(
                up ? "UP" : "DOWN",
                new Health.Neo4jStatus(
                        up,
                        reader
                                ? services.store().description()
                                : services.store().kind()),
                up && reader ? services.report().counts() : null,
                up ? interrupted(reader) : null));
    }

    private InterruptedImport interrupted(boolean reader) {
        return services.imports()
                .interrupted()
                .map(i -> reader ? i : i.withoutFolders())
                .orElse(null);
    }
}
