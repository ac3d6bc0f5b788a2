package org.chainmap.analysis.targets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.Tag;

/**
 * A fact behind a target's score, as data rather than a sentence: what it is about ({@code kind}) and its values,
 * worded in each language by whoever shows it (the web view, the exports). The values of each kind:
 *
 * <ul>
 *   <li>{@code TIE}: {@code direction} ({@code SUPPLIES} a local enterprise or {@code BUYS_FROM} one), {@code
 *       partner} ({@code uscc}, {@code name}), {@code since} (as recorded, usually a year; or null)
 *   <li>{@code TWO_HOP}: {@code path}, the three enterprises from supplier to customer
 *   <li>{@code ADAMIC_ADAR}: {@code index}, {@code shared} (how many partners it shares with local enterprises),
 *       {@code partners} (the first three of them by credit code)
 *   <li>{@code STRUCTURAL}: {@code link} and {@code neighbour} ({@code id}, {@code name}), {@code direction}
 *       ({@code FEEDS}: the candidate's link feeds the covered neighbour; {@code FED_BY}: the neighbour feeds it)
 *   <li>{@code FEASIBILITY}: {@code link} ({@code id}, {@code name}), {@code feasibility}
 *   <li>{@code REVENUE}: {@code revenue} in 万元
 *   <li>{@code CAPITAL}: {@code registeredCapital} in 万元, where revenue is unknown
 *   <li>{@code EMPLOYEES}: {@code employees}, where revenue and capital are unknown
 *   <li>{@code PLACE}: {@code tier} (a {@link Places.Tier}), {@code division}
 *   <li>{@code TAGS}: {@code tags}, the recognitions as codes
 *   <li>{@code PARK}: {@code park} ({@code id}, {@code name}), {@code freeUnits}, {@code freeFloorAreaSqm} where known
 *   <li>{@code PIPELINE}: {@code stage}
 * </ul>
 *
 * @param kind what the fact is about
 * @param values the fact's values, in a fixed order per kind
 * @param source where it comes from: a tie's recorded source (as recorded, or {@code UNRECORDED}), else the kind of
 *     record it was read from ({@code ENTERPRISE_RECORD}, {@code PARK_RECORD}, {@code PROJECT_RECORD}) or the
 *     inference that made it ({@code LINK_PREDICTION}, {@code LINK_GRAPH}, {@code RELATEDNESS})
 * @param basis whether it was observed in the data or inferred from it
 * @param confidence the tie's confidence for ties (the product of both for a two-step path), else {@code null}
 */
public record Evidence(Kind kind, Map<String, Object> values, String source, Basis basis, Double confidence) {
    public enum Kind {
        /** a supply tie with a local enterprise */
        TIE,
        /** a two-step supply path to or from a local enterprise */
        TWO_HOP,
        /** the Adamic–Adar index toward local enterprises (shared customers or suppliers) */
        ADAMIC_ADAR,
        /** the candidate's link feeds, or is fed by, a link the district covers */
        STRUCTURAL,
        /** how related the candidate's link is to the links the district covers (SPEC section 13) */
        FEASIBILITY,
        /** a park focusing on the chain has free units */
        PARK,
        /** recognitions (高新, 专精特新, 小巨人, 上市) */
        TAGS,
        REVENUE,
        /** registered capital (注册资本), the size where revenue is unknown */
        CAPITAL,
        /** employees, the size where revenue and capital are unknown */
        EMPLOYEES,
        /** how near the enterprise is to the district */
        PLACE,
        /** a project the enterprise invests in */
        PIPELINE
    }

    public enum Basis {
        OBSERVED,
        INFERRED
    }

    /** Which way a tie runs, seen from the candidate. */
    public enum Direction {
        SUPPLIES,
        BUYS_FROM
    }

    /** A park or a link named in a fact. */
    public record Named(String id, String name) {}

    /** Which way the link graph joins the candidate's link to a covered one. */
    public enum Flow {
        FEEDS,
        FED_BY
    }

    /** The source of a tie recorded without one. */
    public static final String UNRECORDED = "UNRECORDED";

    static final String ENTERPRISE_RECORD = "ENTERPRISE_RECORD";
    static final String PARK_RECORD = "PARK_RECORD";
    static final String PROJECT_RECORD = "PROJECT_RECORD";
    static final String LINK_PREDICTION = "LINK_PREDICTION";
    static final String LINK_GRAPH = "LINK_GRAPH";
    static final String RELATEDNESS = "RELATEDNESS";

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    static Evidence tie(Direction direction, EnterpriseRef partner, String since, String source, Double confidence) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("direction", direction);
        v.put("partner", partner);
        v.put("since", since);
        return new Evidence(Kind.TIE, v, source, Basis.OBSERVED, confidence);
    }

    static Evidence twoHop(List<EnterpriseRef> path, String source, Double confidence) {
        return new Evidence(Kind.TWO_HOP, Map.of("path", List.copyOf(path)), source, Basis.OBSERVED, confidence);
    }

    static Evidence adamicAdar(double index, int shared, List<EnterpriseRef> firstPartners) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("index", index);
        v.put("shared", shared);
        v.put("partners", List.copyOf(firstPartners));
        return new Evidence(Kind.ADAMIC_ADAR, v, LINK_PREDICTION, Basis.INFERRED, null);
    }

    static Evidence revenue(double revenue) {
        return new Evidence(Kind.REVENUE, Map.of("revenue", revenue), ENTERPRISE_RECORD, Basis.OBSERVED, null);
    }

    static Evidence capital(double registeredCapital) {
        return new Evidence(
                Kind.CAPITAL, Map.of("registeredCapital", registeredCapital), ENTERPRISE_RECORD, Basis.OBSERVED, null);
    }

    static Evidence employees(long employees) {
        return new Evidence(Kind.EMPLOYEES, Map.of("employees", employees), ENTERPRISE_RECORD, Basis.OBSERVED, null);
    }

    static Evidence place(Places.Tier tier, String division) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("tier", tier);
        v.put("division", division);
        return new Evidence(Kind.PLACE, v, ENTERPRISE_RECORD, Basis.OBSERVED, null);
    }

    static Evidence structural(Named link, Named neighbour, Flow direction) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("link", link);
        v.put("neighbour", neighbour);
        v.put("direction", direction);
        return new Evidence(Kind.STRUCTURAL, v, LINK_GRAPH, Basis.INFERRED, null);
    }

    static Evidence feasibility(Named link, double feasibility) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("link", link);
        v.put("feasibility", feasibility);
        return new Evidence(Kind.FEASIBILITY, v, RELATEDNESS, Basis.INFERRED, null);
    }

    static Evidence tags(List<Tag> tags) {
        return new Evidence(Kind.TAGS, Map.of("tags", List.copyOf(tags)), ENTERPRISE_RECORD, Basis.OBSERVED, null);
    }

    static Evidence park(String id, String name, long freeUnits, Double freeFloorAreaSqm) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("park", new Named(id, name == null ? id : name));
        v.put("freeUnits", freeUnits);
        if (freeFloorAreaSqm != null) {
            v.put("freeFloorAreaSqm", freeFloorAreaSqm);
        }
        return new Evidence(Kind.PARK, v, PARK_RECORD, Basis.OBSERVED, null);
    }

    static Evidence pipeline(ProjectStage stage) {
        return new Evidence(Kind.PIPELINE, Map.of("stage", stage), PROJECT_RECORD, Basis.OBSERVED, null);
    }

    /** A value of the fact, or null. */
    public Object value(String name) {
        return values.get(name);
    }
}
