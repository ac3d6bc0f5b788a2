package org.chainmap.land;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What could move onto a parcel: the gap links of the chains its park focuses on or, for a parcel outside parks, of the
 * chains the parks of its town focus on (SPEC section 12).
 *
 * @param focusByPark each park's focus chains, by park id
 * @param focusByTown the focus chains of each town's parks, by town
 * @param gapLinksByChain each chain's gap links, highest gap score first
 */
public record LandChains(
        Map<String, List<String>> focusByPark,
        Map<String, List<String>> focusByTown,
        Map<String, List<GapLink>> gapLinksByChain) {
    public LandChains {
        focusByPark = Map.copyOf(focusByPark);
        focusByTown = Map.copyOf(focusByTown);
        gapLinksByChain = Map.copyOf(gapLinksByChain);
    }

    /** Nothing known of chains: no parcel gets gap links. */
    public static final LandChains NONE = new LandChains(Map.of(), Map.of(), Map.of());

    /** The gap links for a parcel, highest gap score first (then link id), each once. */
    public List<GapLink> gapLinks(ParcelFacts parcel) {
        List<String> chains = parcel.parkId() != null
                ? focusByPark.getOrDefault(parcel.parkId(), List.of())
                : parcel.town() == null ? List.of() : focusByTown.getOrDefault(parcel.town(), List.of());
        Set<GapLink> links = new LinkedHashSet<>();
        chains.forEach(c -> links.addAll(gapLinksByChain.getOrDefault(c, List.of())));
        List<GapLink> sorted = new ArrayList<>(links);
        sorted.sort(java.util.Comparator.comparingDouble((GapLink g) -> -g.gapScore())
                .thenComparing(GapLink::linkId));
        return sorted;
    }
}
