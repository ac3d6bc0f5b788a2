package org.chainmap.pipeline;

import static org.chainmap.store.Values.number;
import static org.chainmap.store.Values.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.LinkRef;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;
import org.chainmap.store.Store;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Reads the project pipeline from the graph ({@code pipeline/*}): the list, its summary and its progress on gaps. */
public final class PipelineService {
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
        List<Project> projects = new ArrayList<>();
        for (Record r : store.read("pipeline/projects", params)) {
            projects.add(Project.of(
                    r.get("id").asString(),
                    text(r.get("name")),
                    ProjectType.valueOf(r.get("type").asString()),
                    ProjectStage.valueOf(r.get("stage").asString()),
                    number(r.get("investment")),
                    r.get("chain").isNull()
                            ? null
                            : new ChainRef(
                                    r.get("chain").get("id").asString(),
                                    text(r.get("chain").get("name")),
                                    text(r.get("chain").get("nameEn"))),
                    r.get("link").isNull() ? null : link(r.get("link")),
                    enterprise(r.get("investor")),
                    enterprise(r.get("referrer")),
                    ref(r.get("park")),
                    text(r.get("updated"))));
        }
        return new ProjectList(projects);
    }

    /** The funnel by stage, type and chain over the projects that match {@code filter}. */
    public PipelineSummary summary(ProjectFilter filter) {
        return PipelineFunnel.summarise(projects(filter).projects());
    }

    /** How far the pipeline has got for each of {@code gapLinkIds}, and which have no live project. */
    public GapCoverage gapCoverage(Collection<String> gapLinkIds) {
        Map<String, LinkRef> links = new HashMap<>();
        for (Record r : store.read("pipeline/links", Map.of("ids", List.copyOf(gapLinkIds)))) {
            links.put(r.get("id").asString(), link(r));
        }
        return GapProgress.of(gapLinkIds, projects(ProjectFilter.ALL).projects(), links);
    }

    private static LinkRef link(MapAccessor v) {
        return new LinkRef(v.get("id").asString(), text(v.get("name")), text(v.get("nameEn")), text(v.get("chainId")));
    }

    private static Ref ref(Value v) {
        return v.isNull() ? null : new Ref(v.get("id").asString(), text(v.get("name")));
    }

    private static EnterpriseRef enterprise(Value v) {
        return v.isNull() ? null : new EnterpriseRef(v.get("uscc").asString(), text(v.get("name")));
    }
}
