package org.chainmap.analysis.targets;

import java.util.List;
import org.chainmap.domain.ProjectStage;

/**
 * One ranked target of a chain (SPEC section 4, 以链招引), for its gap link of highest gapScore.
 *
 * @param rank its place among all the candidates of the chain, from 1, whatever filter or page shows it
 * @param linkNameEn the English name of the link, {@code null} where none was imported
 * @param action the roadmap word of the link (延链, 补链, 强链)
 * @param score the sum of {@code parts}
 * @param otherLinks the enterprise's other gap links of the chain, highest gapScore first
 * @param pipelineStage the furthest stage of the projects it invests in, {@code null} when it is in none
 * @param evidence the ties and facts behind the score
 */
public record TargetRow(
        int rank,
        String uscc,
        String name,
        String region,
        String linkId,
        String linkName,
        String linkNameEn,
        String action,
        double score,
        Parts parts,
        List<String> otherLinks,
        ProjectStage pipelineStage,
        List<Evidence> evidence) {
    public TargetRow {
        otherLinks = List.copyOf(otherLinks);
        evidence = List.copyOf(evidence);
    }
}
