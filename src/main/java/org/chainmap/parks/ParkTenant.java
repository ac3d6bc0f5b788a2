package org.chainmap.parks;

import java.util.List;

/**
 * A tenant in a park's detail view.
 *
 * @param chains the chains of the links it works in
 * @param inFocus whether one of them is a focus chain of the park
 */
public record ParkTenant(String uscc, String name, boolean local, String scale, List<String> chains, boolean inFocus) {
    public ParkTenant {
        chains = List.copyOf(chains);
    }
}
