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
 * @param registeredCapital 注册资本 in 万元, {@code null} when unknown
 * @param employees insured employees or headcount, {@code null} when unknown
 */
public record EnterpriseNode(
        String uscc,
        String name,
        boolean local,
        String region,
        Scale scale,
        Double revenue,
        Set<Tag> tags,
        Double registeredCapital,
        Long employees) {
    public EnterpriseNode {
        Objects.requireNonNull(uscc, "uscc");
        name = name == null ? uscc : name;
        tags = tags == null || tags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tags));
    }

    /** An enterprise whose registered capital and employees are unknown. */
    public EnterpriseNode(
            String uscc, String name, boolean local, String region, Scale scale, Double revenue, Set<Tag> tags) {
        this(uscc, name, local, region, scale, revenue, tags, null, null);
    }

    public boolean aboveScale() {
        return scale == Scale.ABOVE;
    }

    /**
     * The 6-digit administrative division code of the credit code (characters 3–8: where it was registered), or
     * null when the credit code carries none.
     */
    public String division() {
        if (uscc.length() != 18) {
            return null;
        }
        for (int i = 2; i < 8; i++) {
            if (uscc.charAt(i) < '0' || uscc.charAt(i) > '9') {
                return null;
            }
        }
        return uscc.substring(2, 8);
    }
}
