package org.chainmap.analysis.referrals;

import org.chainmap.analysis.projection.IndustryGraph;

/** The enterprise a referral question is about. {@code leader}: it leads at least one chain. */
public record EnterpriseSummary(String uscc, String name, String region, boolean local, boolean leader) {
    static EnterpriseSummary of(IndustryGraph graph, String uscc) {
        var e = graph.enterpriseOf(uscc);
        return new EnterpriseSummary(e.uscc(), e.name(), e.region(), e.local(), graph.isLeader(uscc));
    }
}
