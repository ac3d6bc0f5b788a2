package org.chainmap.analysis.targets;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.chainmap.analysis.projection.IndustryGraph;
import org.chainmap.analysis.projection.TieGraph;

/**
 * Per enterprise of a projection, its strongest supply ties with local enterprises in one direction (to local
 * customers, or from local suppliers), at most {@link #KEPT}, strongest first and then by the local enterprise's
 * credit code: the direct ties and the second steps of the two-step paths shown as evidence. Made once per
 * projection, in one parallel pass over the ties, so showing evidence never scans an enterprise's ties for local
 * ones again; about 4 bytes per enterprise and 4 per kept tie.
 */
final class StrongestLocal {
    /** As many as are shown of either kind. */
    static final int KEPT = Math.max(Proximity.MAX_TIES_SHOWN, Proximity.MAX_PATHS_SHOWN);

    private final TieGraph ties;
    private final int[] start;
    private final int[] kept;

    /** @param toCustomers ties the enterprise supplies to local customers, else ties local suppliers supply it with */
    StrongestLocal(IndustryGraph graph, boolean toCustomers) {
        this.ties = graph.tieGraph();
        int n = ties.vertices();
        int[][] best = new int[n][];
        IntStream.range(0, n).parallel().forEach(z -> best[z] = strongest(graph, z, toCustomers));
        start = new int[n + 1];
        for (int z = 0; z < n; z++) {
            start[z + 1] = start[z] + (best[z] == null ? 0 : best[z].length);
        }
        kept = new int[start[n]];
        for (int z = 0; z < n; z++) {
            if (best[z] != null) {
                System.arraycopy(best[z], 0, kept, start[z], best[z].length);
            }
        }
    }

    /** The enterprise's strongest ties with local enterprises, or {@code null} when it has none. */
    private int[] strongest(IndustryGraph graph, int z, boolean toCustomers) {
        int degree = toCustomers ? ties.outDegree(z) : ties.inDegree(z);
        int[] top = null;
        int size = 0;
        for (int i = 0; i < degree; i++) {
            int t = toCustomers ? ties.outTie(z, i) : ties.inTie(z, i);
            int local = toCustomers ? ties.customer(t) : ties.supplier(t);
            if (!graph.isLocal(local)) {
                continue;
            }
            if (top == null) {
                top = new int[KEPT];
            }
            // insertion into the few kept, strongest first
            int at = size;
            while (at > 0 && stronger(graph, t, top[at - 1], toCustomers)) {
                at--;
            }
            if (at < KEPT) {
                System.arraycopy(top, at, top, at + 1, Math.min(size, KEPT - 1) - at);
                top[at] = t;
                size = Math.min(size + 1, KEPT);
            }
        }
        return top == null ? null : Arrays.copyOf(top, size);
    }

    private boolean stronger(IndustryGraph graph, int a, int b, boolean toCustomers) {
        int byStrength = Double.compare(ties.strength(b), ties.strength(a));
        if (byStrength != 0) {
            return byStrength < 0;
        }
        int la = toCustomers ? ties.customer(a) : ties.supplier(a);
        int lb = toCustomers ? ties.customer(b) : ties.supplier(b);
        return graph.enterpriseAt(la).uscc().compareTo(graph.enterpriseAt(lb).uscc()) < 0;
    }

    /** How many ties are kept for the enterprise: 0 when it has no tie with a local enterprise this way. */
    int count(int z) {
        return start[z + 1] - start[z];
    }

    /** The enterprise's {@code i}-th strongest tie with a local enterprise. */
    int tie(int z, int i) {
        return kept[start[z] + i];
    }
}
