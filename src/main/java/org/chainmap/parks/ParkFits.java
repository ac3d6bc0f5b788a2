package org.chainmap.parks;

import java.util.List;

/**
 * What {@code chainmap parks --for USCC} and {@code GET /api/v1/parks?fits=USCC} answer: the enterprise, the chains it
 * works in, the space it needs, and the parks that fit it.
 */
public record ParkFits(String uscc, String name, List<String> chains, SpaceNeeds needs, List<ParkFit> parks) {
    public ParkFits {
        chains = List.copyOf(chains);
        parks = List.copyOf(parks);
    }
}
