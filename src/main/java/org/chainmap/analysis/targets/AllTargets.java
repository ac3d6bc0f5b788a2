package org.chainmap.analysis.targets;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * A page of every chain's targets in one list (SPEC section 15): one row per enterprise and chain, by score
 * descending.
 *
 * @param chain the chain the list was narrowed to, {@code null} for every chain
 * @param total how many rows match the filters, over all pages
 */
public record AllTargets(String chain, List<Row> targets, int total, int limit, int offset) {
    public AllTargets {
        targets = List.copyOf(targets);
    }

    /**
     * A target of one chain.
     *
     * @param chainId the chain the row ranks the enterprise in
     * @param chainName the chain's name
     * @param target the row as the chain's own list has it; its {@code rank} is its place in that chain
     */
    public record Row(
            String chainId, String chainName, @JsonUnwrapped TargetRow target) {}
}
