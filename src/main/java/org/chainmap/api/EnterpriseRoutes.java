package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.chainmap.domain.NotFoundException;

/** Enterprise search and detail, a local enterprise's referral list, and the local referrers of a target. */
final class EnterpriseRoutes {
    private final Services services;

    EnterpriseRoutes(Services services) {
        this.services = services;
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/v1/enterprises", this::search);
        routes.get("/api/v1/enterprises/{uscc}", this::detail);
        routes.get("/api/v1/enterprises/{uscc}/referrals", this::referrals);
        routes.get("/api/v1/enterprises/{uscc}/referrers", this::referrers);
    }

    private void search(Context ctx) {
        var page = Params.page(ctx);
        ctx.json(services.enterprises().search(Params.text(ctx, "q"), page.limit(), page.offset()));
    }

    private void detail(Context ctx) {
        String uscc = Params.uscc(ctx);
        ctx.json(services.enterprises().detail(uscc).orElseThrow(() -> NotFoundException.enterprise(uscc)));
    }

    private void referrals(Context ctx) {
        ctx.json(services.analysis().referrals(Params.uscc(ctx)));
    }

    private void referrers(Context ctx) {
        ctx.json(services.analysis().referrers(Params.uscc(ctx)));
    }
}
