package org.chainmap.analysis.targets;

import java.util.List;
import java.util.Locale;
import org.chainmap.analysis.gaps.LinkGap;
import org.chainmap.analysis.projection.EnterpriseNode;
import org.chainmap.domain.Tag;
import org.chainmap.domain.TextSearch;

/**
 * Narrows a ranked target list; scores do not change with it (they are normalised over all candidates of the
 * chain). Each part is ignored when {@code null}.
 *
 * @param link a gap link the target works in (its own link or one of its other links)
 * @param region text contained in the target's region, ignoring case
 * @param tag a recognition the target holds
 * @param action the roadmap word of the target's best gap link (延链, 补链, 强链), or its status (EXTEND, FILL,
 *     STRENGTHEN)
 * @param q text contained in the target's name or credit code (see {@link TextSearch})
 */
public record TargetFilter(String link, String region, Tag tag, String action, String q) {
    public static final TargetFilter NONE = new TargetFilter(null, null, null, null, null);

    public TargetFilter {
        link = link == null || link.isBlank() ? null : link.strip();
        region = region == null || region.isBlank() ? null : region.strip();
        action = action == null || action.isBlank() ? null : action.strip();
        q = q == null || q.isBlank() ? null : q.strip();
    }

    /** The filter on link, region and tag, any action, no search. */
    public TargetFilter(String link, String region, Tag tag) {
        this(link, region, tag, null, null);
    }

    /** The filter on link, region, tag and action, no search. */
    public TargetFilter(String link, String region, Tag tag, String action) {
        this(link, region, tag, action, null);
    }

    boolean matches(LinkGap best, List<LinkGap> otherLinks, EnterpriseNode enterprise) {
        if (action != null
                && !action.equals(best.action())
                && !action.equals(best.status().name())) {
            return false;
        }
        String linkId = best.linkId();
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
        if (tag != null && !enterprise.tags().contains(tag)) {
            return false;
        }
        return TextSearch.matches(q, enterprise.name(), enterprise.uscc());
    }
}
