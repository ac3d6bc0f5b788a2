package org.chainmap.imports;

import static org.chainmap.imports.NodeKind.ENTERPRISE;
import static org.chainmap.imports.NodeKind.PARCEL;
import static org.chainmap.imports.NodeKind.PARK;

import java.util.ArrayList;
import java.util.List;
import org.chainmap.domain.LandUse;
import org.chainmap.domain.ParcelStatus;
import org.chainmap.domain.ParkStage;
import org.chainmap.domain.Uscc;
import org.chainmap.imports.ParsedRow.Ref;

/**
 * The rows of land (SPEC section 12): {@code parcels.csv}, {@code renewals.csv} and the columns of a park's stage,
 * milestones and space in {@code parks.csv}. Whether a renewal's parcel is renewed is checked once every file is read
 * ({@link RenewedParcels}).
 */
final class LandRowParsers {
    private LandRowParsers() {}

    /** The stage, milestones and space of a park row; free floor area no more than the park's floor area. */
    static ImportRow.ParkLifecycle lifecycle(Row r, Double floorAreaSqm) {
        ParkStage stage = r.enumValue("stage", ParkStage.class, false);
        Double free = r.amount("free_floor_area_sqm");
        if (free != null && floorAreaSqm != null && free > floorAreaSqm) {
            r.problem(
                    "free_floor_area_sqm",
                    "more free floor area (" + r.text("free_floor_area_sqm") + ") than floor area ("
                            + r.text("floor_area_sqm") + ")");
        }
        return new ImportRow.ParkLifecycle(
                stage == null ? null : stage.name(),
                free,
                r.amount("floor_load_kn"),
                r.amount("clear_height_m"),
                r.date("approved"),
                r.date("construction_start"),
                r.date("completed"),
                r.date("opened"),
                r.date("title_registered"));
    }

    static ParsedRow parcel(Row r) {
        String id = RowParsers.slug(r, "id", true);
        String name = r.required("name");
        LandUse use = r.enumValue("use", LandUse.class, false);
        ParcelStatus status = r.enumValue("status", ParcelStatus.class, false);
        Uscc holder = r.uscc("holder", false);
        String park = RowParsers.slug(r, "park", false);
        List<Ref> refs = new ArrayList<>();
        RowParsers.addRef(refs, ENTERPRISE, holder == null ? null : holder.value(), "holder");
        RowParsers.addRef(refs, PARK, park, "park");
        return new ParsedRow(
                id,
                new ImportRow.Parcel(
                        id,
                        name,
                        r.text("town"),
                        r.amount("area_mu"),
                        r.amount("building_area_sqm"),
                        use == null ? null : use.name(),
                        status == null ? null : status.name(),
                        holder == null ? null : holder.value(),
                        park),
                refs);
    }

    static ParsedRow renewal(Row r) {
        String parcel = RowParsers.slug(r, "parcel", true);
        ImportRow.Renewal renewal = new ImportRow.Renewal(
                parcel,
                r.date("completed"),
                r.amount("investment"),
                r.amount("before_tax"),
                r.amount("after_tax"),
                r.amount("before_revenue"),
                r.amount("after_revenue"),
                r.amount("before_building_area_sqm"),
                r.amount("after_building_area_sqm"),
                r.count("before_enterprises"),
                r.count("after_enterprises"),
                r.text("note"));
        return new ParsedRow(parcel, renewal, parcel == null ? List.of() : List.of(new Ref(PARCEL, parcel, "parcel")));
    }
}
