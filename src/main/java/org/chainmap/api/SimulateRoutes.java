package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.chainmap.simulate.Simulation;
import org.chainmap.simulate.SimulationInput;

/** The simulator: what landing one enterprise would change, computed by the analyses and written nowhere. */
final class SimulateRoutes {
    private final Services services;

    SimulateRoutes(Services services) {
        this.services = services;
    }

    void addTo(RoutesConfig routes) {
        Route.post(
                        "/api/v1/simulate",
                        "What landing one enterprise would change: its links' gaps, its chains, the park's"
                                + " concentration and occupancy, the per-mu classes (nothing is written)")
                .jsonBody("{\"enterprise\": {\"uscc\"} or {\"name\", \"links\", \"scale\", \"revenue\", \"tax\","
                        + " \"employees\", \"landMu\", \"floorAreaSqm\", \"valueAdded\", \"energyTce\", \"emissions\","
                        + " \"electricityKwh\", \"rnd\"}, \"park\": id, \"year\": Y}")
                .returns(Simulation.class)
                .refuses(422, "an unknown enterprise, link or park, or a figure that cannot be")
                .to(routes, this::simulate);
    }

    private void simulate(Context ctx) {
        ctx.json(services.simulator().simulate(SimulationInput.read(Params.json(ctx))));
    }
}
