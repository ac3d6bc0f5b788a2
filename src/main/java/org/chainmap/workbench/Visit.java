package org.chainmap.workbench;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.chainmap.analysis.resilience.ChainRelocation;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.VisitIntention;

/**
 * A visit (走访) to an enterprise: when, by whom, what it learned and which enterprises it mentioned.
 *
 * @param date {@code YYYY-MM-DD}
 * @param relocation for a visit that found a risk of moving out ({@code RELOCATE_OUT}), what the chains' local
 *     enterprises would lose if it left (the relocation impact of the resilience analysis); absent otherwise
 */
public record Visit(
        String id,
        String date,
        String by,
        VisitIntention intention,
        String notes,
        EnterpriseRef enterprise,
        List<EnterpriseRef> mentions,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ChainRelocation> relocation) {
    public Visit {
        mentions = List.copyOf(mentions);
        relocation = relocation == null ? null : List.copyOf(relocation);
    }

    public Visit withRelocation(List<ChainRelocation> impact) {
        return new Visit(id, date, by, intention, notes, enterprise, mentions, impact);
    }
}
