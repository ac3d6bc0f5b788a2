package org.chainmap.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chainmap.domain.ParcelStatus;

/**
 * The check of {@code renewals.csv} that needs every file read: a row with figures before or after a renewal is
 * about a parcel whose status is {@code RENEWED}, as the input gives it or, where the input leaves it unknown, as
 * the graph holds it (a new parcel of unknown status is in use).
 */
final class RenewedParcels {
    /** The status each parcel of the input gives, null where its cell is empty. */
    private final Map<String, String> inputStatus = new HashMap<>();

    private final List<Claim> claims = new ArrayList<>();

    void read(ImportRow row, Importer.Location where) {
        if (row instanceof ImportRow.Parcel p && p.id() != null) {
            inputStatus.put(p.id(), p.status());
        } else if (row instanceof ImportRow.Renewal r && r.parcel() != null && r.hasBeforeOrAfter()) {
            claims.add(new Claim(r.parcel(), where));
        }
    }

    void check(GraphWriter graph, Problems problems) {
        if (claims.isEmpty()) {
            return;
        }
        Set<String> unknown = new HashSet<>();
        claims.forEach(c -> {
            if (inputStatus.get(c.parcel()) == null) {
                unknown.add(c.parcel());
            }
        });
        Map<String, String> inGraph = graph.parcelStatuses(unknown);
        for (Claim c : claims) {
            String status = inputStatus.get(c.parcel());
            if (status == null) {
                status = inGraph.getOrDefault(c.parcel(), ParcelStatus.IN_USE.name());
            }
            if (!status.equals(ParcelStatus.RENEWED.name())) {
                ParcelStatus s = ParcelStatus.valueOf(status);
                problems.add(
                        c.where().file(),
                        c.where().line(),
                        c.where().column(),
                        "parcel '" + c.parcel() + "' is " + s.name() + " (" + s.zh() + "), not RENEWED (已改造):"
                                + " figures before and after a renewal are for a renewed parcel");
            }
        }
    }

    private record Claim(String parcel, Importer.Location where) {}
}
