package org.chainmap.enterprises;

import java.util.List;
import org.chainmap.domain.LinkRef;

/**
 * One enterprise with the chains it leads (ids, in order), the links it works in and its direct suppliers and
 * customers.
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
        leads = List.copyOf(leads);
        links = List.copyOf(links);
        suppliers = List.copyOf(suppliers);
        customers = List.copyOf(customers);
    }

    public record Partner(String uscc, String name, boolean local) {}
}
