package org.chainmap.analysis.referrals;

import java.util.List;
import org.chainmap.domain.EnterpriseRef;

/**
 * A path of ties taken without direction.
 *
 * @param enterprises from the enterprise asked about to the other end
 * @param strength product of the ties' confidences (1 where unknown; for a pair tied both ways, the stronger) / hops
 */
public record ReferralPath(List<EnterpriseRef> enterprises, int hops, double strength) {
    public ReferralPath {
        enterprises = List.copyOf(enterprises);
    }
}
