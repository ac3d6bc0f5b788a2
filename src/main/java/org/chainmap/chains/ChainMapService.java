package org.chainmap.chains;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.chainmap.analysis.gaps.GapReport;
import org.chainmap.domain.NotFoundException;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/** Adds the FEEDS edges and leaders of {@code chains/map} to a chain's gap analysis. */
public final class ChainMapService {
    static final Query<MapRow> MAP = Query.of("chains/map", MapRow.class);

    /** The row of {@code chains/map}. */
    record MapRow(List<ChainMap.Feed> feeds, List<ChainMap.Leader> leaders) {}

    private final Store store;

    public ChainMapService(Store store) {
        this.store = store;
    }

    public ChainMap map(GapReport gaps) {
        String id = gaps.chain().id();
        MapRow r = store.read(MAP, Map.of("chainId", id)).stream()
                .findFirst()
                .orElseThrow(() -> NotFoundException.chain(id));
        return new ChainMap(
                gaps.chain(),
                gaps.links(),
                r.feeds().stream()
                        .sorted(Comparator.comparing(ChainMap.Feed::from).thenComparing(ChainMap.Feed::to))
                        .toList(),
                r.leaders().stream()
                        .sorted(Comparator.comparing(ChainMap.Leader::uscc))
                        .toList());
    }
}
