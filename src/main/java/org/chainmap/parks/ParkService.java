package org.chainmap.parks;

import static org.chainmap.store.Values.number;
import static org.chainmap.store.Values.text;
import static org.chainmap.store.Values.whole;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chainmap.domain.ChainRef;
import org.chainmap.store.Store;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Reads parks, their focus chains and tenants from the graph ({@code parks/*}) and answers with {@link ParkConcentration}. */
public final class ParkService {
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

    /** The parks that fit an enterprise (SPEC section 4); empty for an unknown credit code. */
    public Optional<ParkFits> fitsFor(String uscc) {
        var rows = store.read("parks/enterprise-chains", Map.of("uscc", uscc));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record r = rows.getFirst();
        List<String> chains = r.get("chains").asList(Value::asString);
        return Optional.of(new ParkFits(
                r.get("uscc").asString(), text(r.get("name")), chains, concentration.fits(chains, parks(null))));
    }

    private List<Park> parks(String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        List<Park> parks = new ArrayList<>();
        for (Record r : store.read("parks/parks", params)) {
            List<ChainRef> focus = r.get("focus")
                    .asList(c -> new ChainRef(c.get("id").asString(), text(c.get("name")), text(c.get("nameEn"))));
            List<Tenant> tenants = r.get("tenants")
                    .asList(t -> new Tenant(
                            t.get("uscc").asString(),
                            text(t.get("name")),
                            !t.get("local").isNull() && t.get("local").asBoolean(),
                            text(t.get("scale")),
                            t.get("chains").asList(Value::asString)));
            parks.add(new Park(
                    r.get("id").asString(),
                    text(r.get("name")),
                    text(r.get("operator")),
                    text(r.get("town")),
                    number(r.get("areaMu")),
                    number(r.get("floorAreaSqm")),
                    whole(r.get("floors")),
                    whole(r.get("units")),
                    whole(r.get("occupiedUnits")),
                    !r.get("certified").isNull() && r.get("certified").asBoolean(),
                    focus,
                    tenants));
        }
        return parks;
    }
}
