package org.chainmap.analysis.targets;

import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.domain.Tag;

/**
 * Narrows a ranked target list; scores do not change with it (they are normalised over all candidates of the
 * chain). Each part is ignored when {@code null}.
 *
 * @param link a gap link the target works in (its own link or one of its other links)
 * @param region text contained in the target's region, ignoring case
 * @param tag a recognition the target holds
 */
public record TargetFilter(String link, String region, Tag tag) {
    public static final TargetFilter NONE = new TargetFilter(null, null, null);

    public TargetFilter {
        link = link == null || link.isBlank() ? null : link.strip();
        region = region == null || region.isBlank() ? null : region.strip();
    }

    boolean matches(String linkId, List<LinkGap> otherLinks, EnterpriseNode enterprise) {
        if (link != null
                && !link.equals(linkId)
                && otherLinks.stream().noneMatch(l -> l.linkId().equals(link))) {
            return false;
        }
        if (region != null
                && (enterprise.region() == null
                        || !enterprise.region().toLowerCase(Locale.ROOT).contains(region.toLowerCase(Locale.ROOT)))) {
            return false;
        }
        return tag == null || enterprise.tags().contains(tag);
    }
}
