package org.chainmap.chains;

import static org.chainmap.store.Values.text;

import java.util.Comparator;
import java.util.Map;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.domain.NotFoundException;
import org.chainmap.store.Store;
import org.neo4j.driver.Record;

/** Adds the FEEDS edges and leaders of {@code chains/map} to a chain's gap analysis. */
public final class ChainMapService {
    private final Store store;

    public ChainMapService(Store store) {
        this.store = store;
    }

    public ChainMap map(GapReport gaps) {
        String id = gaps.chain().id();
        Record r = store.read("chains/map", Map.of("chainId", id)).stream()
                .findFirst()
                .orElseThrow(() -> NotFoundException.chain(id));
        return new ChainMap(
                gaps.chain(),
                gaps.links(),
                r
                        .get("feeds")
                        .asList(f -> new ChainMap.Feed(
                                f.get("from").asString(), f.get("to").asString()))
                        .stream()
                        .sorted(Comparator.comparing(ChainMap.Feed::from).thenComparing(ChainMap.Feed::to))
                        .toList(),
                r
                        .get("leaders")
                        .asList(l -> new ChainMap.Leader(
                                l.get("uscc").asString(),
                                text(l.get("name")),
                                l.get("local").asBoolean()))
                        .stream()
                        .sorted(Comparator.comparing(ChainMap.Leader::uscc))
                        .toList());
    }
}
