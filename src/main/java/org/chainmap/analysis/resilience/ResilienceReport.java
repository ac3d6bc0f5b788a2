package org.chainmap.analysis.resilience;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.chainmap.domain.ChainRef;
import org.chainmap.domain.EnterpriseRef;

/**
 * Single points of failure and concentration in a chain's local supply network (SPEC section 4).
 *
 * @param articulationPoints enterprises whose departure splits the network, by credit code
 * @param bridges ties whose loss splits it, by credit codes
 * @param concentration per link with supplies to local customers, most concentrated first, then link id
 * @param betweenness the enterprises of highest normalised betweenness (those above 0), highest first
 * @param relocation present only when asked for an enterprise
 */
public record ResilienceReport(
        ChainRef chain,
        List<EnterpriseRef> articulationPoints,
        List<Bridge> bridges,
        List<Concentration> concentration,
        List<Betweenness> betweenness,
        @JsonInclude(JsonInclude.Include.NON_NULL) Relocation relocation) {
    public ResilienceReport {
        articulationPoints = List.copyOf(articulationPoints);
        bridges = List.copyOf(bridges);
        concentration = List.copyOf(concentration);
        betweenness = List.copyOf(betweenness);
    }

    public ResilienceReport withRelocation(Relocation relocation) {
        return new ResilienceReport(chain, articulationPoints, bridges, concentration, betweenness, relocation);
    }
}
