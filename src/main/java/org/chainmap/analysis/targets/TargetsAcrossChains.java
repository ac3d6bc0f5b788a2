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
        // the chains are scored independently, so side by side; then their lists, each sorted already, are merged
        List<ChainNode> chains = List.copyOf(graph.chains());
        chains.parallelStream().forEach(chain -> ranking.ranked(chain.id()));
        Comparator<Entry> order =
                Comparator.comparing(Entry::candidate, ranking.order()).thenComparing(Entry::chainId);
        List<List<Entry>> lists = new ArrayList<>();
        int size = 0;
        for (ChainNode chain : chains) {
            String name = ranking.chainOf(chain.id()).name();
            List<Entry> list = new ArrayList<>();
            for (Candidate c : ranking.ranked(chain.id())) {
                list.add(new Entry(chain.id(), name, c));
            }
            lists.add(list);
            size += list.size();
        }
        java.util.PriorityQueue<int[]> heads = new java.util.PriorityQueue<>(
                Math.max(1, lists.size()),
                (a, b) ->
                        order.compare(lists.get(a[0]).get(a[1]), lists.get(b[0]).get(b[1])));
        for (int i = 0; i < lists.size(); i++) {
            if (!lists.get(i).isEmpty()) {
                heads.add(new int[] {i, 0});
            }
        }
        List<Entry> all = new ArrayList<>(size);
        while (!heads.isEmpty()) {
            int[] head = heads.poll();
            List<Entry> list = lists.get(head[0]);
            all.add(list.get(head[1]));
            if (++head[1] < list.size()) {
                heads.add(head);
            }
        }
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
