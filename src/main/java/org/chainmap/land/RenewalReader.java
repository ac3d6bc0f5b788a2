package org.chainmap.land;

import java.util.Map;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/** Reads the renewed parcels and their renewals ({@code land/renewals}) and answers with {@link Renewals}. */
public final class RenewalReader {
    static final Query<RenewalFacts> RENEWALS = Query.of("land/renewals", RenewalFacts.class);

    private final Store store;

    public RenewalReader(Store store) {
        this.store = store;
    }

    public RenewalList read() {
        return Renewals.of(store.read(RENEWALS, Map.of()));
    }
}
