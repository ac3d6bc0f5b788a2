package org.chainmap.parks;

import java.util.List;

/**
 * An enterprise located in a park.
 *
 * @param scale {@code ABOVE}, {@code BELOW} or null when unknown
 * @param chains the chains of the links it works in
 */
public record Tenant(String uscc, String name, boolean local, String scale, List<String> chains) {
    public Tenant {
        chains = List.copyOf(chains);
    }
}
