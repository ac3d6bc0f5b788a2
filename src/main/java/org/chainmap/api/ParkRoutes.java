package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.chainmap.domain.NotFoundException;

/** Specialised parks: the list with concentration and occupancy, and one park with its tenants. */
final class ParkRoutes {
    private final Services services;

    ParkRoutes(Services services) {
        this.services = services;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/v1/parks", ctx -> ctx.json(services.parks().list()));
        routes.get("/api/v1/parks/{id}", this::park);
    }

    private void park(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(services.parks().detail(id).orElseThrow(() -> new NotFoundException("no park with id " + id)));
    }
}
