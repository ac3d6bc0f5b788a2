package org.chainmap.enterprises;

import static org.chainmap.store.Values.number;
import static org.chainmap.store.Values.text;
import static org.chainmap.store.Values.whole;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.chainmap.domain.LinkRef;
import org.chainmap.store.Store;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Finds enterprises by name or code ({@code enterprises/search}) and reads one with its ties ({@code enterprises/detail}). */
public final class EnterpriseService {
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
        Record r = store.read(
                        "enterprises/search",
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
        List<EnterpriseRow> rows = r.get("enterprises")
                .asList(e -> new EnterpriseRow(
                        e.get("uscc").asString(),
                        text(e.get("name")),
                        text(e.get("region")),
                        e.get("local").asBoolean(),
                        text(e.get("scale")),
                        chainIds(e.get("leads"))));
        return new EnterpriseSearch(text, leadersOnly, rows, r.get("total").asLong(), limit, offset);
    }

    /** One enterprise; empty for an unknown credit code. */
    public Optional<EnterpriseDetail> detail(String uscc) {
        return store.read("enterprises/detail", Map.of("uscc", uscc)).stream()
                .findFirst()
                .map(r -> new EnterpriseDetail(
                        r.get("uscc").asString(),
                        text(r.get("name")),
                        text(r.get("region")),
                        r.get("local").asBoolean(),
                        text(r.get("scale")),
                        number(r.get("revenue")),
                        number(r.get("tax")),
                        whole(r.get("employees")),
                        r.get("tags").asList(Value::asString),
                        chainIds(r.get("leads")),
                        r
                                .get("links")
                                .asList(l -> new LinkRef(
                                        l.get("id").asString(),
                                        text(l.get("name")),
                                        text(l.get("nameEn")),
                                        text(l.get("chainId"))))
                                .stream()
                                .sorted(Comparator.comparing(LinkRef::id))
                                .toList(),
                        partners(r.get("suppliers")),
                        partners(r.get("customers"))));
    }

    /** The ids of the chains an enterprise leads, in order. */
    private static List<String> chainIds(Value v) {
        return v.asList(Value::asString).stream().sorted().toList();
    }

    private static List<EnterpriseDetail.Partner> partners(Value v) {
        return v
                .asList(p -> new EnterpriseDetail.Partner(
                        p.get("uscc").asString(),
                        text(p.get("name")),
                        p.get("local").asBoolean()))
                .stream()
                .sorted(Comparator.comparing(EnterpriseDetail.Partner::uscc))
                .toList();
    }
}
