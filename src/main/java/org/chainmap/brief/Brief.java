package org.chainmap.brief;

import java.util.List;
import org.chainmap.evaluation.Transitions;
import org.chainmap.report.Report;

/**
 * What the leader's brief (SPEC section 11) holds: the report of a day (headline, trend, pipeline by chain and stage,
 * per-mu classes), the roadmap of every chain, and the per-mu transitions into the year shown.
 *
 * @param transitions from the year before the report's evaluated year into it; null when either was not evaluated
 */
public record Brief(Report report, List<RoadmapRow> roadmap, Transitions transitions) {
    public Brief {
        roadmap = List.copyOf(roadmap);
    }

    /**
     * A chain's line of the roadmap: whether it is to be built (建链) and its links to fill (补链), extend (延链) and
     * strengthen (强链), by name, in the order of their gap scores.
     */
    public record RoadmapRow(
            String chainId,
            String chainName,
            boolean build,
            List<String> fill,
            List<String> extend,
            List<String> strengthen) {
        public RoadmapRow {
            fill = List.copyOf(fill);
            extend = List.copyOf(extend);
            strengthen = List.copyOf(strengthen);
        }
    }
}
