package org.chainmap.analysis.projection;

import java.util.ArrayList;
import java.util.List;

/**
 * The undirected edge between two enterprises that have at least one supply tie (in either direction), for the
 * analyses that take ties without direction. Equality is identity.
 */
public final class Connection {
    private final List<SupplyTie> ties = new ArrayList<>(1);

    void add(SupplyTie tie) {
        ties.add(tie);
    }

    public List<SupplyTie> ties() {
        return List.copyOf(ties);
    }

    /** The strongest of its ties' confidences (1 when a tie's confidence is unknown). */
    public double strength() {
        double best = 0;
        for (SupplyTie t : ties) {
            best = Math.max(best, t.strength());
        }
        return best;
    }

    @Override
    public String toString() {
        return ties.toString();
    }
}
