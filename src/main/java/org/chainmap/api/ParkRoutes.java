package org.chainmap.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.chainmap.domain.NotFoundException;
import org.chainmap.export.RecordSheet;
import org.chainmap.export.Tabular;
import org.chainmap.parks.ParkDetail;
import org.chainmap.parks.ParkFit;
import org.chainmap.parks.ParkFits;
import org.chainmap.parks.ParkList;
import org.chainmap.parks.ParkSummary;
import org.chainmap.parks.SpaceNeeds;

/** Specialised parks: the list with concentration and occupancy, and one park with its tenants. */
final class ParkRoutes {
    private final Services services;
    private final Downloads downloads;

    ParkRoutes(Services services, Downloads downloads) {
        this.services = services;
        this.downloads = downloads;
    }

    void addTo(RoutesConfig routes) {
        Route.get(
                        "/api/v1/parks",
                        "Parks with lead-industry concentration against the 70% goal, occupancy, stage, milestones and"
                                + " space; with fits=USCC, the parks whose focus chains and free space fit that"
                                + " enterprise (answered as ParkFits)")
                .query("fits", "credit code of an enterprise: the parks that fit it")
                .query("areaSqm", "with fits: floor area in m² the park must have free")
                .query("floorLoad", "with fits: floor load in kN/m² the park's floors must bear")
                .query("height", "with fits: clear height in m the park's floors must have")
                .downloads()
                .returns(ParkList.class)
                .to(routes, this::parks);
        Route.get("/api/v1/parks/{id}", "One park with its tenants")
                .path("id", "park id")
                .returns(ParkDetail.class)
                .to(routes, this::park);
    }

    private void parks(Context ctx) {
        if (Params.text(ctx, "fits") != null) {
            fits(ctx);
            return;
        }
        ParkList list = services.parks().list();
        downloads.answer(
                ctx, "parks", list, () -> Tabular.of(RecordSheet.of("parks", ParkSummary.class, list.parks())));
    }

    private void fits(Context ctx) {
        String uscc = Params.uscc("fits", ctx.queryParam("fits"));
        SpaceNeeds needs = new SpaceNeeds(
                Params.amount(ctx, "areaSqm"), Params.amount(ctx, "floorLoad"), Params.amount(ctx, "height"));
        ParkFits fits = services.parks().fitsFor(uscc, needs).orElseThrow(() -> NotFoundException.enterprise(uscc));
        downloads.answer(
                ctx, "park-fits", fits, () -> Tabular.of(RecordSheet.of("parks", ParkFit.class, fits.parks())));
    }

    private void park(Context ctx) {
        String id = Params.id(ctx, "id");
        ctx.json(services.parks().detail(id).orElseThrow(() -> NotFoundException.park(id)));
    }
}
