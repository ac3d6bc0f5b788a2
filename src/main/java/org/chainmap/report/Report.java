package org.chainmap.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code chainmap report} and {@code GET /api/v1/report} answer (SPEC sections 8 and 11).
 *
 * @param asOf the day described, {@code YYYY-MM-DD}: the pipeline's figures are those of its projects' stages then
 * @param trend each pipeline figure by its dotted name, a year before {@code asOf} and on it
 * @param pipeline the projects by chain and by the stage they stood at on {@code asOf}
 * @param evaluation the per-mu classes of the latest evaluated year up to the year of {@code asOf}
 */
public record Report(
        String asOf,
        Counts counts,
        Headline headline,
        Map<String, Trend> trend,
        List<ChainStages> pipeline,
        ClassDistribution evaluation) {
    public Report {
        trend = Collections.unmodifiableMap(new LinkedHashMap<>(trend));
        pipeline = List.copyOf(pipeline);
    }
}
