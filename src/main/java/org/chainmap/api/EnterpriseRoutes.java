package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** A local enterprise's referral list, and the local referrers of a target. */
final class EnterpriseRoutes {
    private final Services services;

    EnterpriseRoutes(Services services) {
        this.services = services;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/v1/enterprises/{uscc}/referrals", this::referrals);
        routes.get("/api/v1/enterprises/{uscc}/referrers", this::referrers);
    }

    private void referrals(Context ctx) {
        ctx.json(services.analysis().referrals(Params.uscc(ctx)));
    }

    private void referrers(Context ctx) {
        ctx.json(services.analysis().referrers(Params.uscc(ctx)));
    }
}
