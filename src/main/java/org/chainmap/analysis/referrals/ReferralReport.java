package org.chainmap.analysis.referrals;

import java.util.List;

/** Whom a local enterprise could bring in, by score descending, then credit code. */
public record ReferralReport(EnterpriseSummary enterprise, List<Referral> referrals) {
    public ReferralReport {
        referrals = List.copyOf(referrals);
    }
}
