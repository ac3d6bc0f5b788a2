package org.chainmap.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.domain.Days;
import org.chainmap.imports.ImportRow;

/**
 * The parameters of an import row's write, as its query in {@code cypher/queries/import} reads them: the key fields
 * at the top, the node's or tie's properties under {@code props}. An unknown value (null, or an empty list) is left
 * out, so that it never overwrites what the graph knows.
 */
final class ImportParameters {
    private ImportParameters() {}

    static Map<String, Object> of(ImportRow row) {
        return switch (row) {
            case ImportRow.Chain c ->
                known("id", c.id())
                        .put(
                                "props",
                                known("name", c.name())
                                        .put("nameEn", c.nameEn())
                                        .put("leadAgency", c.leadAgency())
                                        .put("priority", c.priority())
                                        .map())
                        .map();
            case ImportRow.Link l ->
                known("id", l.id())
                        .put("chainId", l.chainId())
                        .put(
                                "props",
                                known("chainId", l.chainId())
                                        .put("name", l.name())
                                        .put("nameEn", l.nameEn())
                                        .put("stage", l.stage())
                                        .put("key", l.key())
                                        .put("industryCodes", l.industryCodes())
                                        .put("keywords", l.keywords())
                                        .put("excludeKeywords", l.excludeKeywords())
                                        .map())
                        .map();
            case ImportRow.Flow f -> known("from", f.from()).put("to", f.to()).map();
            case ImportRow.Enterprise e ->
                known("uscc", e.uscc())
                        .put(
                                "props",
                                known("name", e.name())
                                        .put("region", e.region())
                                        .put("local", e.local())
                                        .put("division", e.division())
                                        .put("scale", e.scale())
                                        .put("revenue", e.revenue())
                                        .put("tax", e.tax())
                                        .put("registeredCapital", e.registeredCapital())
                                        .put("employees", e.employees())
                                        .put("landMu", e.landMu())
                                        .put("founded", e.founded())
                                        .put("tags", e.tags())
                                        .put("industryCode", e.industryCode())
                                        .put("businessScope", e.businessScope())
                                        .put("products", e.products())
                                        .map())
                        .put("localDefault", e.localDefault())
                        .map();
            case ImportRow.EnterpriseLink l ->
                known("uscc", l.uscc())
                        .put("linkId", l.linkId())
                        .put("props", known("main", l.main()).map())
                        .map();
            case ImportRow.Supply s ->
                known("supplier", s.supplier())
                        .put("customer", s.customer())
                        .put(
                                "props",
                                known("value", s.value())
                                        .put("since", s.since())
                                        .put("source", s.source())
                                        .put("confidence", s.confidence())
                                        .map())
                        .map();
            case ImportRow.Leader l ->
                known("uscc", l.uscc()).put("chainId", l.chainId()).map();
            case ImportRow.Park p ->
                known("id", p.id())
                        .put(
                                "props",
                                known("name", p.name())
                                        .put("operator", p.operator())
                                        .put("areaMu", p.areaMu())
                                        .put("floorAreaSqm", p.floorAreaSqm())
                                        .put("floors", p.floors())
                                        .put("units", p.units())
                                        .put("occupiedUnits", p.occupiedUnits())
                                        .put("certified", p.certified())
                                        .put("town", p.town())
                                        .put("stage", p.lifecycle().stage())
                                        .put("freeFloorAreaSqm", p.lifecycle().freeFloorAreaSqm())
                                        .put("floorLoadKn", p.lifecycle().floorLoadKn())
                                        .put("clearHeightM", p.lifecycle().clearHeightM())
                                        .put("approved", p.lifecycle().approved())
                                        .put("constructionStart", p.lifecycle().constructionStart())
                                        .put("completed", p.lifecycle().completed())
                                        .put("opened", p.lifecycle().opened())
                                        .put("titleRegistered", p.lifecycle().titleRegistered())
                                        .map())
                        .put("focus", p.focus())
                        .map();
            case ImportRow.Parcel p ->
                known("id", p.id())
                        .put(
                                "props",
                                known("name", p.name())
                                        .put("town", p.town())
                                        .put("areaMu", p.areaMu())
                                        .put("buildingAreaSqm", p.buildingAreaSqm())
                                        .put("use", p.use())
                                        .put("status", p.status())
                                        .map())
                        .put("holder", p.holder())
                        .put("parkId", p.parkId())
                        .map();
            case ImportRow.Renewal r ->
                known("parcel", r.parcel())
                        .put(
                                "props",
                                known("completed", r.completed())
                                        .put("investment", r.investment())
                                        .put("beforeTax", r.beforeTax())
                                        .put("afterTax", r.afterTax())
                                        .put("beforeRevenue", r.beforeRevenue())
                                        .put("afterRevenue", r.afterRevenue())
                                        .put("beforeBuildingAreaSqm", r.beforeBuildingAreaSqm())
                                        .put("afterBuildingAreaSqm", r.afterBuildingAreaSqm())
                                        .put("beforeEnterprises", r.beforeEnterprises())
                                        .put("afterEnterprises", r.afterEnterprises())
                                        .put("note", r.note())
                                        .map())
                        .map();
            case ImportRow.Tenant t ->
                known("uscc", t.uscc()).put("parkId", t.parkId()).map();
            case ImportRow.Project p ->
                known("id", p.id())
                        .put(
                                "props",
                                known("name", p.name())
                                        .put("type", p.type())
                                        .put("investment", p.investment())
                                        .put("updated", p.updated())
                                        .put("owner", p.owner())
                                        .put("nextStep", p.nextStep())
                                        .put("nextStepDue", p.nextStepDue())
                                        .put("blockers", p.blockers())
                                        .map())
                        .put("stage", p.stage())
                        .put("at", Days.wholeDay(p.updated()))
                        .put("today", LocalDate.now().toString())
                        .put("now", Instant.now().toString())
                        .put("chainId", p.chainId())
                        .put("linkId", p.linkId())
                        .put("investor", p.investor())
                        .put("referrer", p.referrer())
                        .put("parkId", p.parkId())
                        .map();
            case ImportRow.ProjectEvent e ->
                known("project", e.project())
                        .put("stage", e.stage())
                        .put("at", e.at())
                        .put("by", e.by())
                        .put("note", e.note())
                        .put("now", Instant.now().toString())
                        .map();
            case ImportRow.Visit v -> {
                Map<String, Object> params = known("id", v.id())
                        .put("enterprise", v.enterprise())
                        .put(
                                "props",
                                known("date", v.date())
                                        .put("by", v.by())
                                        .put("intention", v.intention())
                                        .put("notes", v.notes())
                                        .map())
                        .map();
                params.put("mentions", v.mentions());
                yield params;
            }
            case ImportRow.Evaluation v ->
                known("uscc", v.uscc())
                        .put("year", v.year())
                        .put(
                                "props",
                                known("tax", v.tax())
                                        .put("valueAdded", v.valueAdded())
                                        .put("revenue", v.revenue())
                                        .put("energyTce", v.energyTce())
                                        .put("emissions", v.emissions())
                                        .put("electricityKwh", v.electricityKwh())
                                        .put("rnd", v.rnd())
                                        .put("employees", v.employees())
                                        .put("landMu", v.landMu())
                                        .put("floorAreaSqm", v.floorAreaSqm())
                                        .map())
                        .map();
        };
    }

    /** The known values of a row's top level or of its properties, beginning with the one given. */
    private static Known known(String name, Object value) {
        return new Known().put(name, value);
    }

    /** A map of the known values only, in the order given. */
    private static final class Known {
        private final Map<String, Object> map = new LinkedHashMap<>();

        Known put(String name, Object value) {
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                map.put(name, value);
            }
            return this;
        }

        Map<String, Object> map() {
            return map;
        }
    }
}
