package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.chainmap.export.RecordSheet;
import org.chainmap.export.Tabular;
import org.chainmap.land.LowEfficiencyList;
import org.chainmap.land.LowEfficiencyReason;
import org.chainmap.land.LowEfficiencyRow;
import org.chainmap.land.RenewalList;
import org.chainmap.land.RenewalRow;
import org.chainmap.land.RenewalTotals;

/** Land (SPEC section 12): the low-efficiency parcels and the renewals before and after. */
final class LandRoutes {
    private final Services services;
    private final AnswerCache cache;
    private final Downloads downloads;

    LandRoutes(Services services, AnswerCache cache, Downloads downloads) {
        this.services = services;
        this.cache = cache;
        this.downloads = downloads;
    }

    void addTo(RoutesConfig routes) {
        Route.get(
                        "/api/v1/land/low-efficiency",
                        "Low-efficiency parcels (低效用地) with their reasons, tax per mu against the group's benchmark,"
                                + " tax upside and the gap links that could move in")
                .query("year", "integer", false, "the evaluation year (default: the latest evaluated)")
                .query("town", "only the parcels of this town (镇街)")
                .query("reason", LowEfficiencyReason.class, "only the parcels with this reason")
                .downloads()
                .returns(LowEfficiencyList.class)
                .to(routes, this::lowEfficiency);
        Route.get("/api/v1/land/renewals", "Renewed parcels (腾笼换鸟) before and after, and their totals")
                .downloads()
                .returns(RenewalList.class)
                .to(routes, this::renewals);
    }

    private void lowEfficiency(Context ctx) {
        Integer year = Params.integer(ctx, "year");
        if (year != null && (year < 1900 || year > 2200)) {
            throw BadRequest.between("year", year, 1900, 2200, "must be a year between 1900 and 2200, got " + year);
        }
        LowEfficiencyReason reason = Params.enumValue(ctx, "reason", LowEfficiencyReason.class);
        LowEfficiencyList list = cache.get(
                        new LowEfficiencyOf(year), () -> services.land().lowEfficiency(year))
                .filtered(Params.text(ctx, "town"), reason);
        downloads.answer(
                ctx,
                "low-efficiency-land",
                list,
                () -> Tabular.of(RecordSheet.of("parcels", LowEfficiencyRow.class, list.parcels())));
    }

    private void renewals(Context ctx) {
        RenewalList list = cache.get(new Renewals(), () -> services.land().renewals());
        downloads.answer(
                ctx,
                "renewals",
                list,
                () -> Tabular.of(List.of(
                        RecordSheet.of("renewals", RenewalRow.class, list.renewals()),
                        RecordSheet.of("totals", RenewalTotals.class, List.of(list.totals())))));
    }

    private record LowEfficiencyOf(Integer year) implements AnswerCache.Key<LowEfficiencyList> {}

    private record Renewals() implements AnswerCache.Key<RenewalList> {}
}
