package org.chainmap.parks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/** Reads parks, their focus chains and tenants from the graph ({@code parks/*}) and answers with {@link ParkConcentration}. */
public final class ParkService {
    static final Query<Park> PARKS = Query.of("parks/parks", Park.class);
    static final Query<EnterpriseChains> ENTERPRISE_CHAINS =
            Query.of("parks/enterprise-chains", EnterpriseChains.class);

    private final Store store;
    private final ParkConcentration concentration;

    public ParkService(Store store, ParkConcentration concentration) {
        this.store = store;
        this.concentration = concentration;
    }

    public ParkService(Store store) {
        this(store, new ParkConcentration());
    }

    /** Every park with its concentration and occupancy. */
    public ParkList list() {
        return concentration.list(parks(null));
    }

    /** One park with its tenants; empty for an unknown id. */
    public Optional<ParkDetail> detail(String id) {
        return parks(id).stream().findFirst().map(concentration::detail);
    }

    /** One park as the graph holds it, with its tenants; empty for an unknown id. */
    public Optional<Park> park(String id) {
        return parks(id).stream().findFirst();
    }

    /** The rules the figures of the parks are computed by. */
    public ParkConcentration concentration() {
        return concentration;
    }

    /** The parks that fit an enterprise with some room (SPEC section 4); empty for an unknown credit code. */
    public Optional<ParkFits> fitsFor(String uscc) {
        return fitsFor(uscc, SpaceNeeds.ANY);
    }

    /** The parks that fit an enterprise and the space it needs (SPEC section 12); empty for an unknown credit code. */
    public Optional<ParkFits> fitsFor(String uscc, SpaceNeeds needs) {
        return store.read(ENTERPRISE_CHAINS, Map.of("uscc", uscc)).stream()
                .findFirst()
                .map(e -> new ParkFits(
                        e.uscc(), e.name(), e.chains(), needs, concentration.fits(e.chains(), needs, parks(null))));
    }

    private List<Park> parks(String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return store.read(PARKS, params);
    }

    /** The row of {@code parks/enterprise-chains}. */
    record EnterpriseChains(String uscc, String name, List<String> chains) {}
}
