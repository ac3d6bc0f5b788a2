package org.chainmap.pipeline;

import org.chainmap.domain.ProjectStage;

/**
 * One stage of the funnel.
 *
 * @param count projects at this stage
 * @param reached projects at this stage or beyond it (never counting dropped ones)
 * @param investmentYi investment of the projects at this stage, in 亿元
 */
public record StageFigure(ProjectStage stage, String label, long count, long reached, double investmentYi) {}
