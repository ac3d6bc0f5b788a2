package org.chainmap.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;

/**
 * The pipeline summary (SPEC section 4): projects by stage in the order LEAD &lt; TALKS &lt; SIGNED &lt; CONSTRUCTION
 * &lt; OPERATING, with DROPPED counted apart, and by type and by chain, each with counts and investment in 亿元.
 * Cost: linear in the projects.
 */
public final class PipelineFunnel {
    private PipelineFunnel() {}

    public static PipelineSummary summarise(Collection<Project> projects) {
        List<StageFigure> funnel = new ArrayList<>();
        for (ProjectStage stage : ProjectStage.values()) {
            if (stage != ProjectStage.DROPPED) {
                funnel.add(figure(stage, projects));
            }
        }
        List<GroupFigure> byType = new ArrayList<>();
        for (ProjectType type : ProjectType.values()) {
            byType.add(group(
                    type.name(),
                    type.zh(),
                    null,
                    projects.stream().filter(p -> p.type() == type).toList()));
        }
        Map<String, List<Project>> chains = new LinkedHashMap<>();
        for (Project p : projects) {
            chains.computeIfAbsent(p.chain() == null ? null : p.chain().id(), k -> new ArrayList<>())
                    .add(p);
        }
        List<GroupFigure> byChain = chains.entrySet().stream()
                .map(e -> {
                    // the projects of a group share their chain: the first one names it
                    ChainRef c = e.getValue().getFirst().chain();
                    return group(e.getKey(), c == null ? null : c.name(), c == null ? null : c.nameEn(), e.getValue());
                })
                .sorted(Comparator.comparingLong((GroupFigure g) -> -g.count())
                        .thenComparing(GroupFigure::id, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new PipelineSummary(
                projects.size(), Yi.sum(projects), funnel, figure(ProjectStage.DROPPED, projects), byType, byChain);
    }

    private static StageFigure figure(ProjectStage stage, Collection<Project> projects) {
        List<Project> at = projects.stream().filter(p -> p.stage() == stage).toList();
        List<Project> reached = stage == ProjectStage.DROPPED
                ? at
                : projects.stream().filter(p -> p.stage().reached(stage)).toList();
        return new StageFigure(stage, stage.zh(), at.size(), reached.size(), Yi.sum(at), Yi.sum(reached));
    }

    private static GroupFigure group(String id, String name, String nameEn, List<Project> projects) {
        return new GroupFigure(
                id, name != null ? name : id, nameEn, projects.size(), Yi.sum(projects), StageCounts.of(projects));
    }
}
