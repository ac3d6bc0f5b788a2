package org.chainmap.analysis.referrals;

import java.util.List;

/** The local enterprises best placed to introduce a target, by score descending, then credit code. */
public record ReferrerReport(EnterpriseSummary target, List<Referrer> referrers) {
    public ReferrerReport {
        referrers = List.copyOf(referrers);
    }
}
