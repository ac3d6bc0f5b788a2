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
 * @param linkInferred whether the enterprise works in the row's link by classification (inferred from its industry
 *     code, products or scope) rather than by a file or a review
 * @param inferred the parts whose value was inferred rather than observed ({@code proximity} from shared partners,
 *     the link graph or feasibility); empty when every part was observed
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
        boolean linkInferred,
        String action,
        double score,
        Parts parts,
        List<String> otherLinks,
        ProjectStage pipelineStage,
        List<String> inferred,
        List<Evidence> evidence) {
    public TargetRow {
        otherLinks = List.copyOf(otherLinks);
        inferred = List.copyOf(inferred);
        evidence = List.copyOf(evidence);
    }
}
