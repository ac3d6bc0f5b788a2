package org.chainmap.analysis.projection;

import java.util.Map;
import java.util.Optional;
import org.chainmap.domain.ProjectStage;

/**
 * The furthest stage reached by the projects each enterprise invests in. Target rows show it beside a target; it
 * is read on its own (a few hundred projects at most) so that a project's change of stage is shown at once without
 * the projection of every enterprise and tie being read again.
 */
public record PipelineStages(Map<String, ProjectStage> furthest) {
    public static final PipelineStages NONE = new PipelineStages(Map.of());

    public PipelineStages {
        furthest = Map.copyOf(furthest);
    }

    public Optional<ProjectStage> of(String uscc) {
        return Optional.ofNullable(furthest.get(uscc));
    }
}
