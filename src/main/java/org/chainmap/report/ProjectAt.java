package org.chainmap.report;

import org.chainmap.domain.ChainRef;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;

/**
 * A project at the stage it stood at on a day (a row of {@code report/project-stages}).
 *
 * @param chain the chain it is for, null without one
 * @param bureauLed whether its chain is led by the bureau
 * @param investment planned investment in 万元, null when unknown
 */
public record ProjectAt(
        String id, ProjectType type, ChainRef chain, boolean bureauLed, Double investment, ProjectStage stage) {}
