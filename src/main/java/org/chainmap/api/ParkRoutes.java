package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.chainmap.domain.NotFoundException;
import org.chainmap.export.RecordSheet;
import org.chainmap.export.Tabular;
import org.chainmap.parks.ParkDetail;
import org.chainmap.parks.ParkList;
import org.chainmap.parks.ParkSummary;

/** Specialised parks: the list with concentration and occupancy, and one park with its tenants. */
final class ParkRoutes {
    private final Services services;
    private final Downloads downloads;

    ParkRoutes(Services services, Downloads downloads) {
        this.services = services;
        this.downloads = downloads;
    }

    void addTo(RoutesConfig routes) {
        Route.get("/api/v1/parks", "Parks with lead-industry concentration against the 70% goal, and occupancy")
                .downloads()
                .returns(ParkList.class)
                .to(routes, this::parks);
        Route.get("/api/v1/parks/{id}", "One park with its tenants")
                .path("id", "park id")
                .returns(ParkDetail.class)
                .to(routes, this::park);
    }

    private void parks(Context ctx) {
        ParkList list = services.parks().list();
        downloads.answer(
                ctx, "parks", list, () -> Tabular.of(RecordSheet.of("parks", ParkSummary.class, list.parks())));
    }

    private void park(Context ctx) {
        String id = Params.id(ctx, "id");
        ctx.json(services.parks().detail(id).orElseThrow(() -> NotFoundException.park(id)));
    }
}
