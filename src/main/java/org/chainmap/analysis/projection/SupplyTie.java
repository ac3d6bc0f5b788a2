package org.chainmap.analysis.projection;

import java.util.Collection;
import java.util.Objects;

/**
 * One {@code SUPPLIES} relationship, used as the edge object of the directed tie graph. Equality is identity: two
 * ties with the same supplier, customer and figures are still two edges.
 */
public final class SupplyTie {
    private final String supplier;
    private final String customer;
    private final Double value;
    private final Double confidence;
    private final String source;
    private final String since;

    /**
     * @param value in 万元, {@code null} when unknown
     * @param confidence in [0, 1], {@code null} when unknown
     */
    public SupplyTie(String supplier, String customer, Double value, Double confidence, String source, String since) {
        this.supplier = Objects.requireNonNull(supplier, "supplier");
        this.customer = Objects.requireNonNull(customer, "customer");
        if (supplier.equals(customer)) {
            throw new IllegalArgumentException("an enterprise cannot supply itself: " + supplier);
        }
        if (confidence != null && (confidence < 0 || confidence > 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
        this.value = value;
        this.confidence = confidence;
        this.source = source;
        this.since = since;
    }

    public String supplier() {
        return supplier;
    }

    public String customer() {
        return customer;
    }

    public Double value() {
        return value;
    }

    public Double confidence() {
        return confidence;
    }

    public String source() {
        return source;
    }

    public String since() {
        return since;
    }

    /** The confidence, 1 when unknown (SPEC section 4, path strength). */
    public double strength() {
        return confidence == null ? 1.0 : confidence;
    }

    /** True when every tie has a positive value, so shares may be weighted by value instead of counted. */
    public static boolean allValued(Collection<SupplyTie> ties) {
        return ties.stream().allMatch(t -> t.value != null && t.value > 0);
    }

    /** The tie's weight in a share: its value when {@code byValue}, else 1. */
    public double weight(boolean byValue) {
        return byValue ? value : 1.0;
    }

    @Override
    public String toString() {
        return supplier + "->" + customer;
    }
}
