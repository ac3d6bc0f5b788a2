package org.chainmap.analysis.gaps;

import java.util.List;

/** The gap analysis of one chain: its headline and its links sorted by gapScore descending, then link id. */
public record GapReport(ChainSummary chain, List<LinkGap> links) {
    public GapReport {
        links = List.copyOf(links);
    }
}
