package org.chainmap.analysis.projection;

import java.util.Arrays;
import java.util.List;

/**
 * The numbers given to the enterprises of a full projection, by node id: each tie and each link member names an
 * enterprise by node id, about seven million look-ups at a million enterprises. Neo4j's record stores hand out node
 * ids densely, so the numbers sit in an array indexed by node id (4 bytes per id up to the highest); should the ids
 * be sparse, each share's sorted ids are searched instead.
 */
final class NodeNumbers {
    /** Ids up to this many times the enterprises (plus some for the chains, links and parks) go in the array. */
    private static final int DENSE_FACTOR = 4;

    private final List<EnterpriseShare> shares;
    private final int[] byNode;

    /** @param shares the shares in turn, each share's {@code first} number set */
    NodeNumbers(List<EnterpriseShare> shares) {
        this.shares = shares;
        long highest = -1;
        long count = 0;
        for (EnterpriseShare share : shares) {
            for (int i = 0; i < share.enterprises.size(); i++) {
                highest = Math.max(highest, share.nodes[i]);
            }
            count += share.enterprises.size();
        }
        if (highest < DENSE_FACTOR * count + 1024) {
            byNode = new int[(int) highest + 1];
            Arrays.fill(byNode, -1);
            for (EnterpriseShare share : shares) {
                for (int i = 0; i < share.enterprises.size(); i++) {
                    byNode[(int) share.nodes[i]] = share.first + i;
                }
            }
        } else {
            byNode = null;
        }
    }

    /** The number of the enterprise with that node id, -1 when the node is not an enterprise of the projection. */
    int of(long node) {
        if (byNode != null) {
            return node >= 0 && node < byNode.length ? byNode[(int) node] : -1;
        }
        return shares.get((int) (node % shares.size())).indexOf(node);
    }
}
