package org.chainmap.enterprises;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;
import org.chainmap.domain.LinkRef;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.chainmap.domain.VisitIntention;

/**
 * One enterprise with the chains it leads (ids, in order), the links it works in (by id), its direct suppliers and
 * customers (by credit code), the projects it invests in or referred (by id) and the visits made to it (newest
 * first). Revenue, tax and the registered capital (注册资本, converted to CNY) are in 万元; the registered capital is
 * left out where it is not known, and so are the industry code (the 2 to 4 digits of GB/T 4754), business scope
 * (经营范围) and main products (主营产品) that classification reads.
 */
public record EnterpriseDetail(
        String uscc,
        String name,
        String region,
        boolean local,
        String scale,
        Double revenue,
        Double tax,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double registeredCapital,
        Long employees,
        List<String> tags,
        @JsonInclude(JsonInclude.Include.NON_NULL) String industryCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) String businessScope,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> products,
        List<String> leads,
        List<LinkRef> links,
        List<Partner> suppliers,
        List<Partner> customers,
        List<ProjectRole> projects,
        List<VisitSummary> visits) {
    public EnterpriseDetail {
        tags = List.copyOf(tags);
        products = products == null ? List.of() : List.copyOf(products);
        leads = leads.stream().sorted().toList();
        links = links.stream().sorted(Comparator.comparing(LinkRef::id)).toList();
        suppliers =
                suppliers.stream().sorted(Comparator.comparing(Partner::uscc)).toList();
        customers =
                customers.stream().sorted(Comparator.comparing(Partner::uscc)).toList();
        projects = projects.stream()
                .sorted(Comparator.comparing(ProjectRole::id).thenComparing(ProjectRole::role))
                .toList();
        visits = visits.stream()
                .sorted(Comparator.comparing(VisitSummary::date)
                        .thenComparing(VisitSummary::id)
                        .reversed())
                .toList();
    }

    /** A project the enterprise is tied to, as its {@code INVESTOR} or its {@code REFERRER}. */
    public record ProjectRole(String id, String name, ProjectType type, ProjectStage stage, String role) {}

    /** A visit made to the enterprise; {@code GET /api/v1/visits?enterprise=} has its notes and mentions. */
    public record VisitSummary(String id, String date, String by, VisitIntention intention) {}

    public record Partner(String uscc, String name, boolean local) {}
}
