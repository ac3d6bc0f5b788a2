package org.chainmap.analysis.referrals;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.chainmap.analysis.gaps.AllGaps;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.analysis.projection.IndustryGraph;

/** The gap links of every chain by id, to find an enterprise's best gap link in O(its links). */
final class GapIndex {
    private final Map<String, LinkGap> gapLinks = new HashMap<>();
    private final IndustryGraph graph;

    GapIndex(IndustryGraph graph, AllGaps gaps) {
        this.graph = graph;
        for (GapReport chain : gaps.chains()) {
            for (LinkGap link : chain.links()) {
                if (link.status().isGap()) {
                    gapLinks.put(link.linkId(), link);
                }
            }
        }
    }

    /** The enterprise's gap link of highest gapScore (then lowest id), in any chain. */
    Optional<LinkGap> best(String uscc) {
        LinkGap best = null;
        for (String linkId : graph.linksOf(uscc)) {
            LinkGap g = gapLinks.get(linkId);
            if (g != null
                    && (best == null
                            || g.gapScore() > best.gapScore()
                            || (g.gapScore() == best.gapScore() && g.linkId().compareTo(best.linkId()) < 0))) {
                best = g;
            }
        }
        return Optional.ofNullable(best);
    }
}
