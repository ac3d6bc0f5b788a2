package org.chainmap.pipeline;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.LinkRef;
import org.chainmap.domain.ProjectSource;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/** Reads the project pipeline from the graph ({@code pipeline/*}): the list, its summary and its progress on gaps. */
public final class PipelineService {
    static final Query<ProjectRow> PROJECTS = Query.of("pipeline/projects", ProjectRow.class);
    static final Query<LinkRef> LINKS = Query.of("pipeline/links", LinkRef.class);
    static final Query<CourseRow> COURSES = Query.of("pipeline/conversion", CourseRow.class);

    /** A row of {@code pipeline/conversion}. */
    record CourseRow(String id, ProjectSource source, Long rank, ProjectStage stage, List<ProjectStage> stages) {
        Conversion.Course course() {
            List<ProjectStage> all = new java.util.ArrayList<>(stages);
            all.add(stage);
            return new Conversion.Course(source, rank, all);
        }
    }

    /** A row of {@code pipeline/projects}: a project with the ties it has (each null where it has none). */
    record ProjectRow(
            String id,
            String name,
            ProjectType type,
            ProjectStage stage,
            Double investment,
            String updated,
            ChainRef chain,
            LinkRef link,
            EnterpriseRef investor,
            EnterpriseRef referrer,
            Ref park,
            String owner,
            String nextStep,
            String nextStepDue,
            String lastChange) {
        Project project() {
            return Project.of(id, name, type, stage, investment, chain, link, investor, referrer, park, updated)
                    .following(owner, nextStep, nextStepDue, lastChange);
        }
    }

    private final Store store;

    public PipelineService(Store store) {
        this.store = store;
    }

    /** The projects that match {@code filter}, by id. */
    public ProjectList projects(ProjectFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("chain", filter.chainId());
        params.put("type", filter.type() == null ? null : filter.type().name());
        params.put("stage", filter.stage() == null ? null : filter.stage().name());
        params.put("owner", filter.owner());
        return new ProjectList(
                store.read(PROJECTS, params).stream().map(ProjectRow::project).toList());
    }

    /**
     * The open projects (neither operating nor dropped) of {@code filter} whose next step is overdue on {@code today}
     * or whose stage has not changed for more than {@code stalledDays}, longest idle first.
     */
    public ProjectList stalled(ProjectFilter filter, java.time.LocalDate today, int stalledDays) {
        return new ProjectList(Stalling.of(projects(filter).projects(), today, stalledDays));
    }

    /** The funnel by stage, type and chain over the projects that match {@code filter}. */
    public PipelineSummary summary(ProjectFilter filter) {
        return PipelineFunnel.summarise(projects(filter).projects());
    }

    /** How many projects of each source and rank band reached talks and signing. */
    public Conversion conversion() {
        return Conversion.of(
                store.read(COURSES, Map.of()).stream().map(CourseRow::course).toList());
    }

    /** How far the pipeline has got for each of {@code gapLinkIds}, and which have no live project. */
    public GapCoverage gapCoverage(Collection<String> gapLinkIds) {
        Map<String, LinkRef> links = new HashMap<>();
        for (LinkRef link : store.read(LINKS, Map.of("ids", List.copyOf(gapLinkIds)))) {
            links.put(link.id(), link);
        }
        return GapProgress.of(gapLinkIds, projects(ProjectFilter.ALL).projects(), links);
    }
}
