package org.chainmap.analysis.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chainmap.analysis.projection.ChainNode;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.PipelineStages;
import org.chainmap.analysis.targets.TargetRanking.Candidate;

/**
 * Every chain's candidates in one order, for the team that works one list: an enterprise in gap links of two chains
 * is a row of each. The order is the chains' own (score, place, strength, name, credit code), then chain id; it is
 * made once per ranking, and a page makes the rows, with their evidence, for itself only.
 */
public final class TargetsAcrossChains {
    private record Entry(String chainId, String chainName, Candidate candidate) {}

    private final TargetRanking ranking;
    private final List<Entry> entries;

    TargetsAcrossChains(TargetRanking ranking, IndustryGraph graph) {
        this.ranking = ranking;
        List<Entry> all = new ArrayList<>();
        for (ChainNode chain : graph.chains()) {
            String name = ranking.chainOf(chain.id()).name();
            for (Candidate c : ranking.ranked(chain.id())) {
                all.add(new Entry(chain.id(), name, c));
            }
        }
        Comparator<Candidate> order = ranking.order();
        all.sort(Comparator.comparing(Entry::candidate, order).thenComparing(Entry::chainId));
        this.entries = List.copyOf(all);
    }

    /**
     * The page of the rows {@code filter} lets through, of one chain when {@code chainId} is not null; each row
     * shows the stage {@code stages} gives its target.
     */
    public AllTargets rank(String chainId, TargetFilter filter, Page page, PipelineStages stages) {
        List<AllTargets.Row> rows = new ArrayList<>();
        long end = (long) page.offset() + page.limit();
        int total = 0;
        for (Entry e : entries) {
            Candidate c = e.candidate();
            if ((chainId != null && !chainId.equals(e.chainId())) || !ranking.matches(filter, c)) {
                continue;
            }
            if (total >= page.offset() && total < end) {
                rows.add(new AllTargets.Row(e.chainId(), e.chainName(), ranking.row(e.chainId(), c, stages)));
            }
            total++;
        }
        return new AllTargets(chainId, rows, total, page.limit(), page.offset());
    }
}
