package org.chainmap.imports;

import static org.chainmap.imports.NodeKind.CHAIN;
import static org.chainmap.imports.NodeKind.ENTERPRISE;
import static org.chainmap.imports.NodeKind.LINK;
import static org.chainmap.imports.NodeKind.PARK;
import static org.chainmap.imports.NodeKind.PROJECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.chainmap.domain.Days;
import org.chainmap.domain.Ids;
import org.chainmap.domain.IndustryCode;
import org.chainmap.domain.LinkStage;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.chainmap.domain.Scale;
import org.chainmap.domain.Tag;
import org.chainmap.domain.Uscc;
import org.chainmap.domain.VisitIntention;
import org.chainmap.imports.ParsedRow.Ref;

/**
 * Turns rows of each import file into checked parameters (SPEC section 3). Problems are recorded on the {@link Row};
 * a row with problems still yields a {@link ParsedRow}, whose key and references are those that could be read
 * ({@code null} where not), and which must not be written.
 */
final class RowParsers {
    /**
     * Words of a registration status (登记状态) whose rows are skipped: the enterprise was struck off (吊销), its
     * registration revoked (撤销), moved away (迁出) or deregistered (注销). Looked for in this order, so that
     * {@code 吊销，未注销} is a 吊销.
     */
    static final List<String> ENDED_STATUSES = List.of("吊销", "撤销", "迁出", "注销");

    private final Set<String> localDivisions;
    private final RegisteredCapital capital;

    /**
     * @param localDivisions division codes (characters 3–8 of a credit code) that make an enterprise local
     * @param rates what foreign currencies are worth in yuan, for registered capitals given in them
     */
    RowParsers(Set<String> localDivisions, ExchangeRates rates) {
        this.localDivisions = Set.copyOf(localDivisions);
        this.capital = new RegisteredCapital(rates);
    }

    ParsedRow parse(ImportFile file, Row r) {
        ParsedRow parsed = switch (file) {
            case CHAINS -> chain(r);
            case LINKS -> link(r);
            case LINK_FLOWS -> flow(r);
            case ENTERPRISES -> enterprise(r);
            case ENTERPRISE_LINKS -> enterpriseLink(r);
            case SUPPLIES -> supply(r);
            case LEADERS -> leader(r);
            case PARKS -> park(r);
            case TENANTS -> tenant(r);
            case PROJECTS -> project(r);
            case PROJECT_EVENTS -> projectEvent(r);
            case VISITS -> visit(r);
            case EVALUATIONS -> evaluation(r);
            case PARCELS -> LandRowParsers.parcel(r);
            case RENEWALS -> LandRowParsers.renewal(r);
        };
        return parsed;
    }

    private static ParsedRow chain(Row r) {
        String id = slug(r, "id", true);
        return new ParsedRow(
                id,
                new ImportRow.Chain(
                        id, r.required("name"), r.text("name_en"), r.text("lead_agency"), r.integer("priority")),
                List.of());
    }

    private static ParsedRow link(Row r) {
        String id = slug(r, "id", true);
        String chainId = slug(r, "chain_id", true);
        LinkStage stage = r.enumValue("stage", LinkStage.class, true);
        return new ParsedRow(
                id,
                new ImportRow.Link(
                        id,
                        chainId,
                        r.required("name"),
                        r.text("name_en"),
                        stage == null ? null : stage.name(),
                        r.bool("key"),
                        industryCodes(r),
                        r.pipeList("keywords"),
                        r.pipeList("exclude_keywords")),
                List.of(new Ref(CHAIN, chainId, "chain_id")));
    }

    /**
     * The industry codes of a link's rules, each as its 2 to 4 digits: the bureau's own configuration, so a code that
     * cannot be read is a problem of the row, not a warning.
     */
    private static List<String> industryCodes(Row r) {
        List<String> codes = new ArrayList<>();
        for (String item : r.pipeList("industry_codes")) {
            Optional<String> code = IndustryCode.parse(item);
            if (code.isEmpty()) {
                r.problem(
                        "industry_codes",
                        "not an industry code: '" + item + "' (expected 2 to 4 digits of GB/T 4754 such as 3841 or"
                                + " C384, codes separated by |)");
            } else if (!codes.contains(code.get())) {
                codes.add(code.get());
            }
        }
        return codes;
    }

    private static ParsedRow flow(Row r) {
        String from = slug(r, "from_link", true);
        String to = slug(r, "to_link", true);
        if (from != null && from.equals(to)) {
            r.problem("to_link", "self-tie: a link cannot feed itself (" + from + ")");
        }
        return new ParsedRow(
                from + "\u0000" + to,
                new ImportRow.Flow(from, to),
                List.of(new Ref(LINK, from, "from_link"), new Ref(LINK, to, "to_link")));
    }

    private ParsedRow enterprise(Row r) {
        String ended = ended(r.text("status"));
        if (ended != null) {
            String code = r.text("uscc");
            return ParsedRow.skipped(code == null ? null : code.toUpperCase(Locale.ROOT), "status " + ended);
        }
        Uscc uscc = r.uscc("uscc", true);
        // the division code gives a default to an enterprise that has no local value yet, never a new value
        Boolean localDefault = uscc == null ? null : localDivisions.contains(uscc.division());
        Scale scale = r.enumValue("scale", Scale.class, false);
        List<String> tags =
                r.enumList("tags", Tag.class).stream().map(Enum::name).toList();
        String key = uscc == null ? null : uscc.value();
        return new ParsedRow(
                key,
                new ImportRow.Enterprise(
                        key,
                        r.required("name"),
                        region(r),
                        r.bool("local"),
                        localDefault,
                        uscc == null ? null : uscc.division(),
                        scale == null ? null : scale.name(),
                        r.amount("revenue"),
                        r.amount("tax"),
                        registeredCapital(r),
                        r.count("employees"),
                        r.amount("land_mu"),
                        r.date("founded"),
                        tags,
                        industryCode(r),
                        r.scope("business_scope"),
                        r.products("products")),
                List.of());
    }

    /** The word of {@link #ENDED_STATUSES} that {@code status} holds, or null for an enterprise still registered. */
    static String ended(String status) {
        if (status == null) {
            return null;
        }
        for (String word : ENDED_STATUSES) {
            if (status.contains(word)) {
                return word;
            }
        }
        return null;
    }

    /** The industry code of the {@code industry_code} column, else of a registry export's 所属行业. */
    private static String industryCode(Row r) {
        String code = r.industryCode("industry_code");
        return code != null ? code : r.industryCode("industry");
    }

    /**
     * The region of the row: its {@code region} cell, else its 省份, 城市 and 区县 written together as a region is
     * ({@code 山东省青岛市即墨区}), a part that repeats the one before it written once ({@code 北京市}, {@code 北京市},
     * {@code 朝阳区} make {@code 北京市朝阳区}).
     */
    static String region(Row r) {
        String region = r.text("region");
        return region != null ? region : joined(r.text("province"), r.text("city"), r.text("district"));
    }

    static String joined(String... parts) {
        String region = "";
        for (String part : parts) {
            if (part == null || RegisteredCapital.UNKNOWN.contains(part) || region.endsWith(part)) {
                continue;
            }
            region = part.startsWith(region) ? part : region + part;
        }
        return region.isEmpty() ? null : region;
    }

    /** The registered capital in 万元, converted to CNY; a cell it cannot read is a problem of the row. */
    private Double registeredCapital(Row r) {
        try {
            return capital.wanYuan(r.text("registered_capital"));
        } catch (IllegalArgumentException e) {
            r.problem("registered_capital", e.getMessage());
            return null;
        }
    }

    private static ParsedRow enterpriseLink(Row r) {
        String uscc = code(r, "uscc");
        String linkId = slug(r, "link_id", true);
        return new ParsedRow(
                uscc + "\u0000" + linkId,
                new ImportRow.EnterpriseLink(uscc, linkId, r.bool("main")),
                List.of(new Ref(ENTERPRISE, uscc, "uscc"), new Ref(LINK, linkId, "link_id")));
    }

    private static ParsedRow supply(Row r) {
        String supplier = code(r, "supplier_uscc");
        String customer = code(r, "customer_uscc");
        if (supplier != null && supplier.equals(customer)) {
            r.problem("customer_uscc", "self-tie: an enterprise cannot supply itself (" + supplier + ")");
        }
        Double confidence = r.decimal("confidence");
        if (confidence != null && (confidence < 0 || confidence > 1)) {
            r.problem("confidence", "must be between 0 and 1, got " + r.text("confidence"));
        }
        return new ParsedRow(
                supplier + "\u0000" + customer,
                new ImportRow.Supply(
                        supplier, customer, r.amount("value"), r.date("since"), r.text("source"), confidence),
                List.of(
                        new Ref(ENTERPRISE, supplier, "supplier_uscc"),
                        new Ref(ENTERPRISE, customer, "customer_uscc")));
    }

    private static ParsedRow leader(Row r) {
        String uscc = code(r, "uscc");
        String chainId = slug(r, "chain_id", true);
        return new ParsedRow(
                uscc + "\u0000" + chainId,
                new ImportRow.Leader(uscc, chainId),
                List.of(new Ref(ENTERPRISE, uscc, "uscc"), new Ref(CHAIN, chainId, "chain_id")));
    }

    private static ParsedRow park(Row r) {
        String id = slug(r, "id", true);
        Long units = r.count("units");
        Long occupied = r.count("occupied_units");
        if (units != null && occupied != null && occupied > units) {
            r.problem("occupied_units", "more occupied units (" + occupied + ") than units (" + units + ")");
        }
        String name = r.required("name");
        String operator = r.text("operator");
        Double areaMu = r.amount("area_mu");
        Double floorAreaSqm = r.amount("floor_area_sqm");
        Long floors = r.count("floors");
        Boolean certified = r.bool("certified");
        String town = r.text("town");
        List<String> focus = r.list("focus_chains");
        List<Ref> refs = new ArrayList<>();
        for (String chain : focus) {
            refs.add(new Ref(CHAIN, chain, "focus_chains"));
        }
        return new ParsedRow(
                id,
                new ImportRow.Park(
                        id,
                        name,
                        operator,
                        areaMu,
                        floorAreaSqm,
                        floors,
                        units,
                        occupied,
                        certified,
                        town,
                        focus,
                        LandRowParsers.lifecycle(r, floorAreaSqm)),
                refs);
    }

    private static ParsedRow tenant(Row r) {
        String uscc = code(r, "uscc");
        String parkId = slug(r, "park_id", true);
        return new ParsedRow(
                uscc + "\u0000" + parkId,
                new ImportRow.Tenant(uscc, parkId),
                List.of(new Ref(ENTERPRISE, uscc, "uscc"), new Ref(PARK, parkId, "park_id")));
    }

    private static ParsedRow project(Row r) {
        String id = slug(r, "id", true);
        ProjectType type = r.enumValue("type", ProjectType.class, true);
        ProjectStage stage = r.enumValue("stage", ProjectStage.class, true);
        String name = r.required("name");
        Double investment = r.amount("investment");
        String updated = r.date("updated");
        String chainId = slug(r, "chain_id", false);
        String linkId = slug(r, "link_id", false);
        Uscc investor = r.uscc("investor_uscc", false);
        Uscc referrer = r.uscc("referrer_uscc", false);
        String parkId = slug(r, "park_id", false);
        String owner = r.text("owner");
        String nextStep = r.text("next_step");
        String nextStepDue = fullDate(r, "next_step_due");
        List<String> blockers = r.list("blockers");
        List<Ref> refs = new ArrayList<>();
        addRef(refs, CHAIN, chainId, "chain_id");
        addRef(refs, LINK, linkId, "link_id");
        addRef(refs, ENTERPRISE, investor == null ? null : investor.value(), "investor_uscc");
        addRef(refs, ENTERPRISE, referrer == null ? null : referrer.value(), "referrer_uscc");
        addRef(refs, PARK, parkId, "park_id");
        return new ParsedRow(
                id,
                new ImportRow.Project(
                        id,
                        name,
                        type == null ? null : type.name(),
                        stage == null ? null : stage.name(),
                        investment,
                        updated,
                        chainId,
                        linkId,
                        investor == null ? null : investor.value(),
                        referrer == null ? null : referrer.value(),
                        parkId,
                        owner,
                        nextStep,
                        nextStepDue,
                        blockers),
                refs);
    }

    private static ParsedRow projectEvent(Row r) {
        String project = slug(r, "project", true);
        ProjectStage stage = r.enumValue("stage", ProjectStage.class, true);
        String at = r.text("at") == null ? null : fullDate(r, "at");
        if (r.text("at") == null) {
            r.required("at");
        }
        String by = r.text("by");
        String note = r.text("note");
        return new ParsedRow(
                project + "\u0000" + (stage == null ? null : stage.name()) + "\u0000" + at,
                new ImportRow.ProjectEvent(project, stage == null ? null : stage.name(), at, by, note),
                project == null ? List.of() : List.of(new Ref(PROJECT, project, "project")));
    }

    private ParsedRow visit(Row r) {
        String enterprise = code(r, "enterprise");
        String date = r.text("date") == null ? null : fullDate(r, "date");
        if (r.text("date") == null) {
            r.required("date");
        } else if (date != null && date.compareTo(java.time.LocalDate.now().toString()) > 0) {
            r.problem("date", date + " is in the future");
        }
        String by = r.text("by");
        VisitIntention intention = r.enumValue("intention", VisitIntention.class, false);
        List<Ref> refs = new ArrayList<>();
        addRef(refs, ENTERPRISE, enterprise, "enterprise");
        List<String> mentions = new ArrayList<>();
        for (String item : r.list("mentions")) {
            String code = item.strip().toUpperCase(java.util.Locale.ROOT);
            var problem = Uscc.problem(code);
            if (problem.isPresent()) {
                r.problem("mentions", "'" + item + "': " + problem.get());
            } else if (code.equals(enterprise)) {
                r.problem("mentions", "names the visited enterprise itself");
            } else if (!mentions.contains(code)) {
                mentions.add(code);
                refs.add(new Ref(ENTERPRISE, code, "mentions"));
            }
        }
        // one visit per enterprise and day: those who went together made one visit
        String key = enterprise + "\u0000" + date;
        return new ParsedRow(
                key,
                new ImportRow.Visit(
                        visitId(key),
                        enterprise,
                        date,
                        by,
                        intention == null ? null : intention.name(),
                        r.text("notes"),
                        mentions),
                refs);
    }

    /** A visit's id from its key, the same whenever the same ledger row is imported. */
    private static String visitId(String key) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return "V-" + java.util.HexFormat.of().formatHex(d, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** A date of the import format as the whole day it stands for, YYYY-MM-DD. */
    private static String fullDate(Row r, String column) {
        return Days.wholeDay(r.date(column));
    }

    private static ParsedRow evaluation(Row r) {
        String uscc = code(r, "uscc");
        Long year = r.integer("year");
        if (year == null && r.text("year") == null) {
            r.required("year");
        } else if (year != null && (year < 1949 || year > 2100)) {
            r.problem("year", "not a plausible year: " + year);
        }
        return new ParsedRow(
                uscc + "\u0000" + year,
                new ImportRow.Evaluation(
                        uscc,
                        year,
                        r.decimal("tax"),
                        r.decimal("value_added"),
                        r.decimal("revenue"),
                        r.amount("energy_tce"),
                        r.amount("emissions"),
                        r.amount("electricity_kwh"),
                        r.amount("rnd"),
                        r.count("employees"),
                        r.amount("land_mu"),
                        r.amount("floor_area_sqm")),
                List.of(new Ref(ENTERPRISE, uscc, "uscc")));
    }

    static void addRef(List<Ref> refs, NodeKind kind, String key, String column) {
        if (key != null) {
            refs.add(new Ref(kind, key, column));
        }
    }

    static String code(Row r, String column) {
        Uscc u = r.uscc(column, true);
        return u == null ? null : u.value();
    }

    /** Ids follow the one rule of {@link Ids}, which the API asks for them by. */
    static String slug(Row r, String column, boolean required) {
        String v = required ? r.required(column) : r.text(column);
        if (v != null && !Ids.valid(v)) {
            r.problem(column, "not a valid id: '" + v + "' (" + Ids.RULE + ")");
            return null;
        }
        return v;
    }
}
