package org.chainmap.pipeline;

import java.util.List;

/**
 * The pipeline against a chain's gaps: for each gap link the furthest stage a project for it reached, and the gap
 * links that no live project works on, both in the order the gap links were given.
 */
public record GapCoverage(List<GapLinkProgress> links, List<String> withoutProject) {
    public GapCoverage {
        links = List.copyOf(links);
        withoutProject = List.copyOf(withoutProject);
    }
}
