package org.chainmap.classify;

import java.util.List;

/**
 * What a batch of decisions changed.
 *
 * @param accepted memberships that became reviewed ones
 * @param rejected memberships removed and marked never to be inferred again
 * @param notPending the decisions about pairs with no inferred membership waiting (already decided, or never
 *     inferred), left as they were
 */
public record Decided(int accepted, int rejected, List<Decision> notPending) {
    public Decided {
        notPending = List.copyOf(notPending);
    }
}
