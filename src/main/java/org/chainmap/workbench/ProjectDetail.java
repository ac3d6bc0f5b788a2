package org.chainmap.workbench;

import java.util.List;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.LinkRef;
import org.chainmap.domain.ProjectSource;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.chainmap.pipeline.Ref;
import org.chainmap.pipeline.Yi;

/**
 * One project as the workbench shows and changes it (SPEC section 10): its ties, follow-up and stage history.
 *
 * @param investment planned investment in 万元, null when unknown
 * @param investmentYi the same in 亿元
 * @param updated the day of its last change ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} when imported)
 * @param nextStepDue {@code YYYY-MM-DD}
 * @param blockers its 制约问题, in the order given
 * @param version the version a change must name in {@code If-Match}; 1 when created, one more with every change
 * @param source where it came from, null for projects imported before sources were kept
 * @param recommended the row of the ranking it was created from, null otherwise
 * @param history its stage events, oldest first; the last one's stage is {@code stage}
 */
public record ProjectDetail(
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
        String updated,
        String owner,
        String nextStep,
        String nextStepDue,
        List<String> blockers,
        long version,
        ProjectSource source,
        Recommendation recommended,
        List<StageEvent> history) {
    public ProjectDetail {
        blockers = List.copyOf(blockers);
        history = List.copyOf(history);
    }

    /** The rank and score of the ranking's row a project was created from, and the day it was. */
    public record Recommendation(Long rank, Double score, String at) {}

    /** The last event of the history, or null for a project without one (imported before histories were kept). */
    StageEvent lastEvent() {
        return history.isEmpty() ? null : history.getLast();
    }

    /** A row of {@code workbench/project}. */
    record Row(
            String id,
            String name,
            ProjectType type,
            ProjectStage stage,
            Double investment,
            String updated,
            ChainRef chain,
            LinkRef link,
            EnterpriseRef investor,
            EnterpriseRef referrer,
            Ref park,
            String owner,
            String nextStep,
            String nextStepDue,
            List<String> blockers,
            long version,
            ProjectSource source,
            Long recommendedRank,
            Double recommendedScore,
            String recommendedAt,
            List<StageEvent> history) {
        ProjectDetail detail() {
            return new ProjectDetail(
                    id,
                    name,
                    type,
                    stage,
                    investment,
                    Yi.of(investment),
                    chain,
                    link,
                    investor,
                    referrer,
                    park,
                    updated,
                    owner,
                    nextStep,
                    nextStepDue,
                    blockers,
                    version,
                    source,
                    recommendedRank == null && recommendedScore == null
                            ? null
                            : new Recommendation(recommendedRank, recommendedScore, recommendedAt),
                    history);
        }
    }
}
