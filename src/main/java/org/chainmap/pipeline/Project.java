package org.chainmap.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.LinkRef;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;

/**
 * A project of the attraction pipeline (招商/技改项目) with what it is tied to and who follows it up; any tie may be
 * null.
 *
 * @param investment planned investment in 万元, null when unknown
 * @param investmentYi the same in 亿元
 * @param updated when the project was last updated: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param owner the official who follows it up (包联), null when nobody is named
 * @param nextStep what is to be done next, null when nothing is planned
 * @param nextStepDue the date the next step is due, {@code YYYY-MM-DD}
 * @param lastChange the date of the last event of its stage history, {@code YYYY-MM-DD}
 * @param idleDays in the list of stalled projects only: days since {@code lastChange}
 * @param reason in the list of stalled projects only: why it is listed
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
        String updated,
        String owner,
        String nextStep,
        String nextStepDue,
        String lastChange,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long idleDays,
        @JsonInclude(JsonInclude.Include.NON_NULL) StallReason reason) {
    public Project {
        if (id == null || type == null || stage == null) {
            throw new IllegalArgumentException("a project needs an id, a type and a stage");
        }
    }

    /** Why a project is in the list of stalled projects. */
    public enum StallReason {
        /** its next step's due date has passed */
        OVERDUE,
        /** its stage has not changed for longer than the allowed number of days */
        NO_PROGRESS
    }

    /** A project whose investment in 亿元 is worked out from the one in 万元, without follow-up. */
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
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** This project with who follows it up, what is next and when its stage last changed. */
    public Project following(String owner, String nextStep, String nextStepDue, String lastChange) {
        return withWork(owner, nextStep, nextStepDue, lastChange, idleDays, reason);
    }

    /** This project as a row of the stalled list. */
    public Project stalled(long days, StallReason why) {
        return withWork(owner, nextStep, nextStepDue, lastChange, days, why);
    }

    private Project withWork(
            String owner, String nextStep, String nextStepDue, String lastChange, Long idleDays, StallReason reason) {
        return new Project(
                id,
                name,
                type,
                stage,
                investment,
                investmentYi,
                chain,
                link,
                investor,
                referrer,
                park,
                updated,
                owner,
                nextStep,
                nextStepDue,
                lastChange,
                idleDays,
                reason);
    }

    /** Neither operating nor dropped: work on it goes on. */
    public boolean open() {
        return stage != ProjectStage.OPERATING && stage != ProjectStage.DROPPED;
    }
}
