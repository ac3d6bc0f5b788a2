package org.chainmap.pipeline;

import org.chainmap.domain.ProjectStage;

/**
 * One stage of the funnel.
 *
 * @param count projects at this stage
 * @param reached projects at this stage or beyond it (never counting dropped ones)
 * @param investmentYi investment of the projects at this stage ({@code count}), in 亿元
 * @param reachedInvestmentYi investment of the projects at this stage or beyond it ({@code reached}), in 亿元: a
 *     funnel shows each count beside the money of the same projects
 */
public record StageFigure(
        ProjectStage stage, String label, long count, long reached, double investmentYi, double reachedInvestmentYi) {}
