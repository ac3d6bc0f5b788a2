package org.chainmap.parks;

import java.util.List;

/**
 * What {@code chainmap parks --for USCC} answers: the enterprise, the chains it works in, and the parks that fit it.
 */
public record ParkFits(String uscc, String name, List<String> chains, List<ParkFit> parks) {
    public ParkFits {
        chains = List.copyOf(chains);
        parks = List.copyOf(parks);
    }
}
