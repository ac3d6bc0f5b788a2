package org.chainmap.enterprises;

import java.util.List;

/** An enterprise in a search result; {@code leads} holds the ids of the chains it leads (链主), in order. */
public record EnterpriseRow(String uscc, String name, String region, boolean local, String scale, List<String> leads) {
    public EnterpriseRow {
        leads = leads.stream().sorted().toList();
    }
}
