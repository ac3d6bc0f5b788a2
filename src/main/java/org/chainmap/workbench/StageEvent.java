package org.chainmap.workbench;

import org.chainmap.domain.ProjectStage;

/** One step of a project's stage history: the stage it reached, on which day, by whom, and why. */
public record StageEvent(ProjectStage stage, String at, String by, String note) {}
