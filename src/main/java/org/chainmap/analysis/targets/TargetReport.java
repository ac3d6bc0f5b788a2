package org.chainmap.analysis.targets;

import java.util.List;
import org.chainmap.analysis.gaps.ChainSummary;

/**
 * A page of a chain's ranked targets, sorted by score descending, then credit code.
 *
 * @param total how many targets match the filter, over all pages
 */
public record TargetReport(ChainSummary chain, List<TargetRow> targets, int total, int limit, int offset) {
    public TargetReport {
        targets = List.copyOf(targets);
    }
}
