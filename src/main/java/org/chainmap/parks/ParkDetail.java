package org.chainmap.parks;

import java.util.List;

/** What {@code chainmap parks --id ID} answers: the park's figures and its tenants by credit code. */
public record ParkDetail(ParkSummary park, List<ParkTenant> tenants) {
    public ParkDetail {
        tenants = List.copyOf(tenants);
    }
}
