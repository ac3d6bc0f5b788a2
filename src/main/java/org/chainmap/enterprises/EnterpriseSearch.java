package org.chainmap.enterprises;

import java.util.List;

/**
 * One page of enterprises matching a search (chain leaders only when {@code leaders}), with the number of all
 * matches.
 */
public record EnterpriseSearch(
        String q, boolean leaders, List<EnterpriseRow> enterprises, long total, int limit, int offset) {
    public EnterpriseSearch {
        enterprises = List.copyOf(enterprises);
    }
}
