package org.chainmap.analysis.referrals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local enterprises best placed to introduce a target: those a visit named first (latest visit first), then
 * the others by score descending, then credit code.
 */
public record ReferrerReport(EnterpriseSummary target, List<Referrer> referrers) {
    public ReferrerReport {
        referrers = List.copyOf(referrers);
    }

    /**
     * This report with the referrers that visits named (each by then already in the order of its latest visit):
     * listed first, with their network paths where they have any.
     */
    public ReferrerReport withVisited(List<Referrer> visited) {
        Map<String, Referrer> network = new LinkedHashMap<>();
        referrers.forEach(r -> network.put(r.uscc(), r));
        List<Referrer> all = new ArrayList<>();
        for (Referrer v : visited) {
            Referrer known = network.remove(v.uscc());
            all.add(known == null ? v : known.visited(v.lastVisit()));
        }
        all.addAll(network.values());
        return new ReferrerReport(target, all);
    }
}
