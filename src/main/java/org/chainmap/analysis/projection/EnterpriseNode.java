package org.chainmap.analysis.projection;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.chainmap.domain.Scale;
import org.chainmap.domain.Tag;

/**
 * An enterprise of the projection, with what the analyses look at.
 *
 * @param scale {@code null} when unknown
 * @param revenue in 万元, {@code null} when unknown
 */
public record EnterpriseNode(
        String uscc, String name, boolean local, String region, Scale scale, Double revenue, Set<Tag> tags) {
    public EnterpriseNode {
        Objects.requireNonNull(uscc, "uscc");
        name = name == null ? uscc : name;
        tags = tags == null || tags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tags));
    }

    public boolean aboveScale() {
        return scale == Scale.ABOVE;
    }
}
