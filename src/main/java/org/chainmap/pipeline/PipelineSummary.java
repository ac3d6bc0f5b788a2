package org.chainmap.pipeline;

import java.util.List;

/**
 * What {@code chainmap projects --summary} answers (SPEC section 4, "Pipeline").
 *
 * @param projects how many projects there are, dropped ones included
 * @param investmentYi their investment in 亿元
 * @param funnel the stages LEAD, TALKS, SIGNED, CONSTRUCTION, OPERATING in order
 * @param dropped the DROPPED projects, counted apart from the funnel
 * @param byType every project type in order, with its counts and investment
 * @param byChain every chain with projects, most projects first, then by id
 */
public record PipelineSummary(
        long projects,
        double investmentYi,
        List<StageFigure> funnel,
        StageFigure dropped,
        List<GroupFigure> byType,
        List<GroupFigure> byChain) {
    public PipelineSummary {
        funnel = List.copyOf(funnel);
        byType = List.copyOf(byType);
        byChain = List.copyOf(byChain);
    }
}
