package org.chainmap.pipeline;

import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;

/** Which projects to list; a null field matches any. */
public record ProjectFilter(String chainId, ProjectType type, ProjectStage stage, String owner) {
    public static final ProjectFilter ALL = new ProjectFilter(null, null, null, null);

    public ProjectFilter(String chainId, ProjectType type, ProjectStage stage) {
        this(chainId, type, stage, null);
    }
}
