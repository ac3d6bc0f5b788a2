package org.chainmap.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.chainmap.domain.LinkRef;
import org.chainmap.domain.ProjectStage;

/**
 * For a set of gap links (computed by the gap analysis), the furthest stage the projects filling each one reached and
 * the gap links with none (SPEC section 4, "Pipeline"). A project fills the link it is tied to by {@code FILLS};
 * dropped projects are counted but never make a link covered. Cost: linear in links and projects.
 */
public final class GapProgress {
    private GapProgress() {}

    /**
     * @param gapLinkIds the gap links, in the order to report them (duplicates ignored)
     * @param links the graph's links by id, for their names and chains; ids missing here are reported without
     */
    public static GapCoverage of(
            Collection<String> gapLinkIds, Collection<Project> projects, Map<String, LinkRef> links) {
        List<GapLinkProgress> rows = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (String id : new LinkedHashSet<>(gapLinkIds)) {
            ProjectStage furthest = null;
            long live = 0;
            long dropped = 0;
            for (Project p : projects) {
                if (p.link() == null || !id.equals(p.link().id())) {
                    continue;
                }
                if (p.stage() == ProjectStage.DROPPED) {
                    dropped++;
                } else {
                    live++;
                    furthest = furthest == null || p.stage().reached(furthest) ? p.stage() : furthest;
                }
            }
            LinkRef link = links.get(id);
            rows.add(
                    link == null
                            ? new GapLinkProgress(id, null, null, null, furthest, live, dropped)
                            : new GapLinkProgress(
                                    id, link.name(), link.nameEn(), link.chainId(), furthest, live, dropped));
            if (furthest == null) {
                without.add(id);
            }
        }
        return new GapCoverage(rows, without);
    }
}
