package org.chainmap.analysis.gaps;

import java.util.List;

/** The gap analysis of every chain, by chain id ({@code gaps --all}). */
public record AllGaps(List<GapReport> chains) {
    public AllGaps {
        chains = List.copyOf(chains);
    }
}
