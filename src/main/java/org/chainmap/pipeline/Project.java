package org.chainmap.pipeline;

import org.chainmap.domain.ChainRef;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.LinkRef;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;

/**
 * A project of the attraction pipeline (招商/技改项目) with what it is tied to; any tie may be null.
 *
 * @param investment planned investment in 万元, null when unknown
 * @param investmentYi the same in 亿元
 * @param updated when the project was last updated: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 */
public record Project(
        String id,
        String name,
        ProjectType type,
        ProjectStage stage,
        Double investment,
        Double investmentYi,
        ChainRef chain,
        LinkRef link,
        EnterpriseRef investor,
        EnterpriseRef referrer,
        Ref park,
        String updated) {
    public Project {
        if (id == null || type == null || stage == null) {
            throw new IllegalArgumentException("a project needs an id, a type and a stage");
        }
    }

    /** A project whose investment in 亿元 is worked out from the one in 万元. */
    public static Project of(
            String id,
            String name,
            ProjectType type,
            ProjectStage stage,
            Double investment,
            ChainRef chain,
            LinkRef link,
            EnterpriseRef investor,
            EnterpriseRef referrer,
            Ref park,
            String updated) {
        return new Project(
                id, name, type, stage, investment, Yi.of(investment), chain, link, investor, referrer, park, updated);
    }
}
