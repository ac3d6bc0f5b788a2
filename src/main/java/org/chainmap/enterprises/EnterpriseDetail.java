package org.chainmap.enterprises;

import java.util.Comparator;
import java.util.List;
import org.chainmap.domain.LinkRef;

/**
 * One enterprise with the chains it leads (ids, in order), the links it works in (by id) and its direct suppliers and
 * customers (by credit code).
 */
public record EnterpriseDetail(
        String uscc,
        String name,
        String region,
        boolean local,
        String scale,
        Double revenue,
        Double tax,
        Long employees,
        List<String> tags,
        List<String> leads,
        List<LinkRef> links,
        List<Partner> suppliers,
        List<Partner> customers) {
    public EnterpriseDetail {
        tags = List.copyOf(tags);
        leads = leads.stream().sorted().toList();
        links = links.stream().sorted(Comparator.comparing(LinkRef::id)).toList();
        suppliers =
                suppliers.stream().sorted(Comparator.comparing(Partner::uscc)).toList();
        customers =
                customers.stream().sorted(Comparator.comparing(Partner::uscc)).toList();
    }

    public record Partner(String uscc, String name, boolean local) {}
}
