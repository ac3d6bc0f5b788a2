package org.chainmap.pipeline;

import java.util.List;

/** What {@code chainmap projects} answers: {@code {"projects": [...]}}, by project id. */
public record ProjectList(List<Project> projects) {
    public ProjectList {
        projects = List.copyOf(projects);
    }
}
