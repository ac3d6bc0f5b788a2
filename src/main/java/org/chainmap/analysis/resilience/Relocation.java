package org.chainmap.analysis.resilience;

import java.util.List;
import org.chainmap.domain.EnterpriseRef;

/**
 * What the chain's local enterprises would lose if {@code enterprise} left: each loss is a local customer for
 * which it is the only supplier working in one of the chain's links.
 */
public record Relocation(EnterpriseRef enterprise, List<Loss> losses) {
    public Relocation {
        losses = List.copyOf(losses);
    }

    /** The local customer {@code uscc} would have no supplier left in link {@code linkId}. */
    public record Loss(String uscc, String name, String linkId) {}
}
