package org.chainmap.enterprises;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/** Finds enterprises by name or code ({@code enterprises/search}) and reads one with its ties ({@code enterprises/detail}). */
public final class EnterpriseService {
    static final Query<SearchRow> SEARCH = Query.of("enterprises/search", SearchRow.class);
    static final Query<EnterpriseDetail> DETAIL = Query.of("enterprises/detail", EnterpriseDetail.class);

    /** The row of {@code enterprises/search}: the number of matches and one page of them. */
    record SearchRow(long total, List<EnterpriseRow> enterprises) {}

    private final Store store;

    public EnterpriseService(Store store) {
        this.store = store;
    }

    /**
     * Enterprises whose name contains {@code q} or whose credit code starts with it, ordered by name; with
     * {@code leadersOnly}, only those leading a chain.
     */
    public EnterpriseSearch search(String q, boolean leadersOnly, int limit, int offset) {
        String text = q == null ? "" : q.strip();
        SearchRow found = store.read(
                        SEARCH,
                        Map.of(
                                "q",
                                text,
                                "code",
                                text.toUpperCase(Locale.ROOT),
                                "leadersOnly",
                                leadersOnly,
                                "offset",
                                offset,
                                "end",
                                offset + limit))
                .getFirst();
        return new EnterpriseSearch(text, leadersOnly, found.enterprises(), found.total(), limit, offset);
    }

    /** One enterprise; empty for an unknown credit code. */
    public Optional<EnterpriseDetail> detail(String uscc) {
        return store.read(DETAIL, Map.of("uscc", uscc)).stream().findFirst();
    }
}
