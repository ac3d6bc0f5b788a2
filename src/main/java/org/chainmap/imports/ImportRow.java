package org.chainmap.imports;

import java.util.List;

/**
 * One checked row of an import file, as the record of its file: what the writer writes. A null component is unknown
 * and never overwrites what the graph knows; an empty list is unknown too. The writer turns a row into the
 * parameters of its query ({@code store.ImportParameters}); nothing before it handles parameter maps.
 */
public sealed interface ImportRow {
    /** A row of {@code chains.csv}. */
    record Chain(String id, String name, String nameEn, String leadAgency, Long priority) implements ImportRow {}

    /**
     * A row of {@code links.csv}; {@code stage} is the name of a {@code LinkStage}. The rules of classification are
     * empty when the row gives none: {@code industryCodes} 2 to 4 digits each, {@code keywords} and
     * {@code excludeKeywords} trimmed, none empty.
     */
    record Link(
            String id,
            String chainId,
            String name,
            String nameEn,
            String stage,
            Boolean key,
            List<String> industryCodes,
            List<String> keywords,
            List<String> excludeKeywords)
            implements ImportRow {
        public Link {
            industryCodes = List.copyOf(industryCodes);
            keywords = List.copyOf(keywords);
            excludeKeywords = List.copyOf(excludeKeywords);
        }
    }

    /** A row of {@code link_flows.csv}: {@code from} feeds {@code to}. */
    record Flow(String from, String to) implements ImportRow {}

    /**
     * A row of {@code enterprises.csv}.
     *
     * @param local the row's own value, null when it has none
     * @param localDefault what the division code says, for an enterprise the graph has no local value for yet
     * @param registeredCapital 注册资本 in 万元, converted to CNY
     * @param tags names of {@code Tag}s; empty when the row names none
     * @param industryCode the 2 to 4 digits of its GB/T 4754 code, null when unknown
     * @param businessScope 经营范围 as written, null when unknown
     * @param products 主营产品, one item each; empty when unknown
     */
    record Enterprise(
            String uscc,
            String name,
            String region,
            Boolean local,
            Boolean localDefault,
            String division,
            String scale,
            Double revenue,
            Double tax,
            Double registeredCapital,
            Long employees,
            Double landMu,
            String founded,
            List<String> tags,
            String industryCode,
            String businessScope,
            List<String> products)
            implements ImportRow {
        public Enterprise {
            tags = List.copyOf(tags);
            products = List.copyOf(products);
        }
    }

    /** A row of {@code enterprise_links.csv}. */
    record EnterpriseLink(String uscc, String linkId, Boolean main) implements ImportRow {}

    /** A row of {@code supplies.csv}. */
    record Supply(String supplier, String customer, Double value, String since, String source, Double confidence)
            implements ImportRow {}

    /** A row of {@code leaders.csv}. */
    record Leader(String uscc, String chainId) implements ImportRow {}

    /**
     * A row of {@code parks.csv}; {@code focus} is empty when the row names no focus chain; {@code lifecycle} holds
     * the columns of the park's stage, milestones and space (SPEC section 12).
     */
    record Park(
            String id,
            String name,
            String operator,
            Double areaMu,
            Double floorAreaSqm,
            Long floors,
            Long units,
            Long occupiedUnits,
            Boolean certified,
            String town,
            List<String> focus,
            ParkLifecycle lifecycle)
            implements ImportRow {
        public Park {
            focus = List.copyOf(focus);
        }
    }

    /** A row of {@code tenants.csv}. */
    record Tenant(String uscc, String parkId) implements ImportRow {}

    /** A row of {@code projects.csv}; {@code type} and {@code stage} are enum names. */
    record Project(
            String id,
            String name,
            String type,
            String stage,
            Double investment,
            String updated,
            String chainId,
            String linkId,
            String investor,
            String referrer,
            String parkId,
            String owner,
            String nextStep,
            String nextStepDue,
            List<String> blockers)
            implements ImportRow {
        public Project {
            blockers = List.copyOf(blockers);
        }
    }

    /** A row of {@code project_events.csv}: a step of a project's stage history; {@code at} is YYYY-MM-DD. */
    record ProjectEvent(String project, String stage, String at, String by, String note) implements ImportRow {}

    /**
     * A row of {@code visits.csv}; {@code id} is made from the enterprise and the day, so that importing a ledger
     * again finds its visits; {@code intention} is an enum name, null when not given.
     */
    record Visit(
            String id, String enterprise, String date, String by, String intention, String notes, List<String> mentions)
            implements ImportRow {
        public Visit {
            mentions = List.copyOf(mentions);
        }
    }

    /** A row of {@code evaluations.csv}. */
    record Evaluation(
            String uscc,
            Long year,
            Double tax,
            Double valueAdded,
            Double revenue,
            Double energyTce,
            Double emissions,
            Double electricityKwh,
            Double rnd,
            Long employees,
            Double landMu,
            Double floorAreaSqm)
            implements ImportRow {}

    /**
     * The stage (name of a {@code ParkStage}), milestone dates and space of a park row: free floor area in m², floor
     * load in kN/m², clear height in m; dates as the import format writes them.
     */
    record ParkLifecycle(
            String stage,
            Double freeFloorAreaSqm,
            Double floorLoadKn,
            Double clearHeightM,
            String approved,
            String constructionStart,
            String completed,
            String opened,
            String titleRegistered) {}

    /**
     * A row of {@code parcels.csv} (地块); {@code use} and {@code status} are enum names, null when not given; area
     * in 亩, building area in m².
     */
    record Parcel(
            String id,
            String name,
            String town,
            Double areaMu,
            Double buildingAreaSqm,
            String use,
            String status,
            String holder,
            String parkId)
            implements ImportRow {}

    /**
     * A row of {@code renewals.csv} (改造): the renewal of one parcel, with its figures before and after; money in
     * 万元 (tax and revenue per year), floor area in m².
     */
    record Renewal(
            String parcel,
            String completed,
            Double investment,
            Double beforeTax,
            Double afterTax,
            Double beforeRevenue,
            Double afterRevenue,
            Double beforeBuildingAreaSqm,
            Double afterBuildingAreaSqm,
            Long beforeEnterprises,
            Long afterEnterprises,
            String note)
            implements ImportRow {
        /** Whether the row gives any figure of before or after the renewal. */
        public boolean hasBeforeOrAfter() {
            return java.util.stream.Stream.of(
                            beforeTax,
                            afterTax,
                            beforeRevenue,
                            afterRevenue,
                            beforeBuildingAreaSqm,
                            afterBuildingAreaSqm,
                            beforeEnterprises,
                            afterEnterprises)
                    .anyMatch(java.util.Objects::nonNull);
        }
    }
}
