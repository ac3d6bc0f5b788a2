package org.chainmap.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.chainmap.analysis.referrals.Referrer;
import org.chainmap.domain.EnterpriseRef;
import org.chainmap.domain.VisitIntention;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/** Records and lists visits (走访) to enterprises (SPEC section 10). */
public final class Visits {
    /** The most visits one list holds. */
    public static final int MAX_LIMIT = 5000;

    static final Query<Row> LIST = Query.of("workbench/visits", Row.class);
    static final Query<Added> ADD = Query.of("workbench/visit-add", Added.class);
    static final Query<Key> EXISTING = Query.of("import/existing-enterprises", Key.class);
    static final Query<VisitReferrer> REFERRERS = Query.of("workbench/visit-referrers", VisitReferrer.class);

    private static final Set<String> FIELDS =
            new TreeSet<>(Set.of("enterprise", "date", "by", "intention", "notes", "mentions"));

    /** A row of {@code workbench/visits}. */
    record Row(
            String id,
            String date,
            String by,
            VisitIntention intention,
            String notes,
            EnterpriseRef enterprise,
            List<EnterpriseRef> mentions) {
        Visit visit() {
            return new Visit(id, date, by, intention, notes, enterprise, mentions, null);
        }
    }

    record Added(boolean created) {}

    record Key(String key) {}

    /** An enterprise a visit named as able to introduce a target ({@code workbench/visit-referrers}). */
    record VisitReferrer(String uscc, String name, boolean leader, long visits, String lastVisit) {}

    private final Store store;
    private final Clock clock;

    Visits(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Visits that match {@code filter}, newest first, at most {@code limit}. */
    public VisitList list(VisitFilter filter, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("enterprise", filter.enterprise());
        params.put("by", filter.by());
        params.put("from", filter.from() == null ? null : filter.from().toString());
        params.put("to", filter.to() == null ? null : filter.to().toString());
        params.put("id", null);
        params.put("limit", Math.min(Math.max(limit, 1), MAX_LIMIT));
        return new VisitList(store.read(LIST, params).stream().map(Row::visit).toList());
    }

    /**
     * Records a visit from a JSON object, as {@code writer} (its {@code by} unless the visit names who went); throws
     * {@link InvalidInputException} listing every problem.
     */
    public Visit record(JsonNode body, String writer) {
        FieldProblems problems = new FieldProblems();
        if (body == null || !body.isObject()) {
            problems.notJsonObject("body");
            problems.throwIfAny();
        }
        JsonFields f = new JsonFields(body, FIELDS, problems);
        String enterprise = f.uscc("enterprise");
        if (enterprise == null && (!f.has("enterprise") || f.isNull("enterprise"))) {
            problems.required("enterprise");
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate date = f.date("date");
        if (date == null && (!f.has("date") || f.isNull("date"))) {
            problems.required("date");
        } else if (date != null && date.isAfter(today)) {
            problems.inTheFuture("date", date);
        }
        String by = f.text("by", JsonFields.MAX_TEXT);
        VisitIntention intention = f.enumValue("intention", VisitIntention.class);
        String notes = f.text("notes", JsonFields.MAX_NOTE);
        List<String> mentions = f.usccs("mentions");
        List<String> named = new ArrayList<>();
        if (enterprise != null) {
            named.add(enterprise);
        }
        if (mentions != null) {
            if (mentions.contains(enterprise)) {
                problems.mentionsItself("mentions");
            }
            named.addAll(mentions);
        }
        if (intention == VisitIntention.REFER && (mentions == null || mentions.isEmpty())) {
            problems.referNeedsMentions("mentions");
        }
        Set<String> existing = new java.util.HashSet<>();
        store.read(EXISTING, Map.of("keys", named)).forEach(k -> existing.add(k.key()));
        if (enterprise != null && !existing.contains(enterprise)) {
            problems.unknownEnterprise("enterprise", enterprise);
        }
        if (mentions != null) {
            for (int i = 0; i < mentions.size(); i++) {
                if (!existing.contains(mentions.get(i))) {
                    problems.unknownEnterprise("mentions[" + i + "]", mentions.get(i));
                }
            }
        }
        problems.throwIfAny();
        String id = NewIds.of("V", date);
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("date", date.toString());
        props.put("by", by == null ? writer : by);
        props.put("intention", (intention == null ? VisitIntention.NONE : intention).name());
        props.put("notes", notes);
        props.values().removeIf(Objects::isNull);
        List<String> mentioned = mentions == null ? List.of() : mentions;
        Instant now = clock.instant();
        store.writing(tx -> {
            Map<String, Object> params = new HashMap<>();
            params.put("id", id);
            params.put("enterprise", enterprise);
            params.put("props", props);
            params.put("mentions", mentioned);
            tx.all(ADD, params);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("enterprise", enterprise);
            after.putAll(props);
            if (!mentioned.isEmpty()) {
                after.put("mentions", mentioned);
            }
            AuditLog.record(tx, now, writer, "VISIT", "visit", id, AuditLog.differences(Map.of(), after));
            return id;
        });
        return byId(id);
    }

    /** The referrers of a target that visits named (intention {@code REFER}), latest visit first. */
    public List<Referrer> referrersOf(String target) {
        return store.read(REFERRERS, Map.of("uscc", target)).stream()
                .map(r -> new Referrer(r.uscc(), r.name(), r.leader(), 0, List.of()).visited(r.lastVisit()))
                .toList();
    }

    private Visit byId(String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("enterprise", null);
        params.put("by", null);
        params.put("from", null);
        params.put("to", null);
        params.put("id", id);
        params.put("limit", 1);
        return store.read(LIST, params).getFirst().visit();
    }
}
