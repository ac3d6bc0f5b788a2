package org.chainmap.analysis.resilience;

import java.util.List;
import org.chainmap.domain.ChainRef;

/** The relocation impact of one enterprise in one chain: the local customers left without a supplier in a link. */
public record ChainRelocation(ChainRef chain, List<Relocation.Loss> losses) {
    public ChainRelocation {
        losses = List.copyOf(losses);
    }
}
