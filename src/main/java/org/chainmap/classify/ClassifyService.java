package org.chainmap.classify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.chainmap.imports.Progress;
import org.chainmap.store.Query;
import org.chainmap.store.Store;

/**
 * Classification over the store (SPEC section 14): reads the links' rules and, page by page in credit-code order,
 * the enterprises with an industry code, products or a business scope; assigns each its best links by {@link
 * Classifier}, never over a membership from a file or a review nor a rejected pair; and writes them as inferred
 * memberships, after removing those of the previous run. One pass, streaming: a page of enterprises and its
 * memberships are all it holds at a time.
 *
 * <p>The run is not one transaction (at a million enterprises it would not fit one): a run that stops half-way
 * leaves part of the inferred memberships, and running it again makes them whole. Files and reviews are never
 * touched.
 */
public final class ClassifyService {
    /** Enterprises per page read, and memberships per write. */
    static final int PAGE = 5_000;
    /** Memberships an answer lists (all are written; the command line can print them all). */
    public static final int MAX_SHOWN = 1_000;

    static final Query<RuleRow> RULES = Query.of("classify/rules", RuleRow.class);
    static final Query<SubjectRow> SUBJECTS = Query.of("classify/subjects", SubjectRow.class);
    static final Query<SubjectRow> SUBJECTS_BY_USCC = Query.of("classify/subjects-by-uscc", SubjectRow.class);
    static final Query<Removed> CLEAR = Query.of("classify/clear-inferred", Removed.class);
    static final Query<Created> WRITE = Query.of("classify/write-inferred", Created.class);
    static final Query<Version> BUMP = Query.of("import/bump-version", Version.class);
    private static final Map<String, Object> MEMBERSHIPS_CHANGED = Map.of("memberships", true);
    static final Query<PendingRow> REVIEW = Query.of("classify/review", PendingRow.class);
    static final Query<CountRow> REVIEW_COUNT = Query.of("classify/review-count", CountRow.class);
    static final Query<Pair> ACCEPT = Query.of("classify/accept", Pair.class);
    static final Query<Pair> REJECT = Query.of("classify/reject", Pair.class);

    record PendingRow(String uscc, String name, String linkId, String linkName, double confidence, String evidence) {}

    record CountRow(String linkId, long count) {}

    record Pair(String uscc, String linkId) {}

    record RuleRow(String linkId, List<String> industryCodes, List<String> keywords, List<String> excludeKeywords) {}

    record SubjectRow(
            String uscc,
            String name,
            String industryCode,
            List<String> products,
            String businessScope,
            List<String> fixed,
            List<String> rejected) {
        Subject subject() {
            return new Subject(uscc, name, industryCode, products, businessScope);
        }
    }

    record Removed(long removed) {}

    record Created(long created) {}

    record Version(long version) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Clock clock;

    public ClassifyService(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The links' rules, by link id. */
    public List<LinkRule> rules() {
        return store.read(RULES, Map.of()).stream()
                .map(r -> new LinkRule(r.linkId(), Set.copyOf(r.industryCodes()), r.keywords(), r.excludeKeywords()))
                .toList();
    }

    /** A run with every membership it assigns listed in the answer up to {@link #MAX_SHOWN}. */
    public ClassifyRun run(double threshold, boolean dryRun, Progress progress) {
        return run(threshold, dryRun, progress, m -> {});
    }

    /**
     * Assigns every enterprise its links and, unless {@code dryRun}, replaces the inferred memberships with them;
     * each membership also goes to {@code each} as it is made.
     */
    public ClassifyRun run(double threshold, boolean dryRun, Progress progress, Consumer<ClassifyRun.Membership> each) {
        long started = System.nanoTime();
        Classifier classifier = new Classifier(rules(), threshold);
        long removed = dryRun ? 0 : clearInferred();
        String at = Instant.now(clock).toString();
        Map<String, Long> perLink = new TreeMap<>();
        classifier.rules().forEach(r -> perLink.put(r.linkId(), 0L));
        List<ClassifyRun.Membership> shown = new ArrayList<>();
        long enterprises = 0;
        long assigned = 0;
        String after = "";
        while (true) {
            List<SubjectRow> page = store.read(SUBJECTS, Map.of("after", after, "limit", PAGE));
            if (page.isEmpty()) {
                break;
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            for (SubjectRow s : page) {
                Set<String> skip = new HashSet<>(s.fixed());
                skip.addAll(s.rejected());
                for (Assignment a : classifier.assign(s.subject(), skip)) {
                    ClassifyRun.Membership m = ClassifyRun.Membership.of(a);
                    each.accept(m);
                    if (shown.size() < MAX_SHOWN) {
                        shown.add(m);
                    }
                    perLink.merge(a.linkId(), 1L, Long::sum);
                    rows.add(Map.of(
                            "uscc", a.uscc(),
                            "linkId", a.linkId(),
                            "confidence", a.confidence(),
                            "evidence", json(a.evidence())));
                    assigned++;
                }
            }
            if (!dryRun && !rows.isEmpty()) {
                store.write(WRITE, Map.of("rows", rows, "at", at));
            }
            enterprises += page.size();
            progress.update("classify", enterprises);
            after = page.getLast().uscc();
        }
        if (!dryRun && (assigned > 0 || removed > 0)) {
            store.write(BUMP, MEMBERSHIPS_CHANGED);
        }
        progress.finish("classify", enterprises);
        List<ClassifyRun.LinkCount> links = perLink.entrySet().stream()
                .map(e -> new ClassifyRun.LinkCount(e.getKey(), e.getValue()))
                .toList();
        return new ClassifyRun(
                dryRun,
                threshold,
                enterprises,
                assigned,
                removed,
                shown,
                links,
                (System.nanoTime() - started) / 1_000_000);
    }

    private long clearInferred() {
        long removed = 0;
        long batch;
        do {
            batch = store.write(CLEAR, Map.of("limit", 10 * PAGE)).getFirst().removed();
            removed += batch;
        } while (batch > 0);
        return removed;
    }

    /**
     * How well the rules recover {@code labels} (credit code → its links): what they would assign to the labelled
     * enterprises, before any review or file membership is taken into account, against the labels. Writes nothing.
     */
    public Quality evaluate(Map<String, Set<String>> labels, double threshold) {
        Classifier classifier = new Classifier(rules(), threshold);
        Map<String, long[]> perLink = new TreeMap<>(); // right, assigned, labelled
        long right = 0;
        long assignedPairs = 0;
        long labelledPairs = 0;
        Set<String> known = new HashSet<>();
        List<String> codes = new ArrayList<>(labels.keySet());
        for (int from = 0; from < codes.size(); from += PAGE) {
            List<String> page = codes.subList(from, Math.min(codes.size(), from + PAGE));
            for (SubjectRow s : store.read(SUBJECTS_BY_USCC, Map.of("usccs", page))) {
                known.add(s.uscc());
                Set<String> truth = labels.get(s.uscc());
                for (Assignment a : classifier.assign(s.subject(), Set.of())) {
                    long[] c = perLink.computeIfAbsent(a.linkId(), k -> new long[3]);
                    c[1]++;
                    assignedPairs++;
                    if (truth.contains(a.linkId())) {
                        c[0]++;
                        right++;
                    }
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : labels.entrySet()) {
            for (String link : e.getValue()) {
                perLink.computeIfAbsent(link, k -> new long[3])[2]++;
                labelledPairs++;
            }
        }
        List<Quality.LinkQuality> links = new ArrayList<>();
        perLink.forEach((link, c) -> {
            double p = Quality.ratio(c[0], c[1]);
            double r = Quality.ratio(c[0], c[2]);
            links.add(new Quality.LinkQuality(link, p, r, Quality.f1(p, r), c[1], c[2]));
        });
        double precision = Quality.ratio(right, assignedPairs);
        double recall = Quality.ratio(right, labelledPairs);
        return new Quality(
                precision,
                recall,
                Quality.f1(precision, recall),
                assignedPairs,
                labelledPairs,
                labels.size() - known.size(),
                links);
    }

    /** A page of the inferred memberships waiting for review, of one link or of all ({@code link} null). */
    public Review review(String link, int limit, int offset) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("link", link);
        List<ClassifyRun.LinkCount> links = store.read(REVIEW_COUNT, params).stream()
                .map(r -> new ClassifyRun.LinkCount(r.linkId(), r.count()))
                .toList();
        params.put("limit", limit);
        params.put("offset", offset);
        List<Review.Pending> pending = store.read(REVIEW, params).stream()
                .map(r -> new Review.Pending(
                        r.uscc(), r.name(), r.linkId(), r.linkName(), r.confidence(), basis(r.evidence())))
                .toList();
        long total = links.stream().mapToLong(ClassifyRun.LinkCount::count).sum();
        return new Review(link, total, links, pending, limit, offset);
    }

    /**
     * Applies reviewers' decisions in one transaction with its audit entry: accepted memberships become reviewed
     * ones, rejected ones are removed and never inferred again. A decision about a pair with no inferred membership
     * waiting changes nothing and is named in the answer.
     */
    public Decided decide(List<Decision> decisions, String by) {
        String at = Instant.now(clock).toString();
        List<Map<String, Object>> accept = new ArrayList<>();
        List<Map<String, Object>> reject = new ArrayList<>();
        for (Decision d : decisions) {
            (d.decision() == Decision.Verdict.ACCEPT ? accept : reject)
                    .add(Map.of("uscc", d.uscc(), "linkId", d.linkId()));
        }
        return store.writing(tx -> {
            Set<Pair> done = new HashSet<>();
            int accepted = 0;
            int rejected = 0;
            if (!accept.isEmpty()) {
                List<Pair> rows = tx.all(ACCEPT, Map.of("rows", accept, "at", at, "by", by));
                accepted = rows.size();
                done.addAll(rows);
            }
            if (!reject.isEmpty()) {
                List<Pair> rows = tx.all(REJECT, Map.of("rows", reject, "at", at, "by", by));
                rejected = rows.size();
                done.addAll(rows);
            }
            if (accepted + rejected > 0) {
                Map<String, List<Object>> changes = new java.util.LinkedHashMap<>();
                changes.put("accepted", List.of(0, accepted));
                changes.put("rejected", List.of(0, rejected));
                org.chainmap.workbench.AuditLog.record(
                        tx, Instant.parse(at), by, "REVIEW", "classification", null, changes);
                tx.all(BUMP, MEMBERSHIPS_CHANGED);
            }
            List<Decision> notPending = decisions.stream()
                    .filter(d -> !done.contains(new Pair(d.uscc(), d.linkId())))
                    .toList();
            return new Decided(accepted, rejected, notPending);
        });
    }

    static String json(Basis basis) {
        try {
            return JSON.writeValueAsString(basis);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Basis basis(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, Basis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable evidence of an inferred membership: " + json, e);
        }
    }
}
