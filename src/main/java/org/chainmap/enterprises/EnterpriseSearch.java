package org.chainmap.enterprises;

import java.util.List;

/** One page of enterprises matching a search, with the number of all matches. */
public record EnterpriseSearch(String q, List<EnterpriseRow> enterprises, long total, int limit, int offset) {
    public EnterpriseSearch {
        enterprises = List.copyOf(enterprises);
    }
}
