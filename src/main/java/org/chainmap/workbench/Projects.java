package org.chainmap.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.chainmap.domain.NotFoundException;
import org.chainmap.domain.ProjectSource;
import org.chainmap.domain.ProjectStage;
import org.chainmap.store.Query;
import org.chainmap.store.Reads;
import org.chainmap.store.Store;

/**
 * Creates and changes projects (SPEC section 10): every field checked and every problem answered at once, a change
 * of stage kept as a dated event, a change made only against the current version, and each write in one
 * transaction with its audit entry.
 */
public final class Projects {
    /** Ids the API uses for its own paths under {@code /api/v1/projects/}. */
    static final Set<String> RESERVED_IDS = Set.of("summary", "conversion");

    static final Query<ProjectDetail.Row> PROJECT = Query.of("workbench/project", ProjectDetail.Row.class);
    static final Query<Locked> LOCK = Query.of("workbench/project-lock", Locked.class);
    static final Query<Created> CREATE = Query.of("workbench/project-create", Created.class);
    static final Query<Created> TIES = Query.of("workbench/project-ties", Created.class);
    static final Query<Locked> UPDATE = Query.of("workbench/project-update", Locked.class);

    record Locked(long version) {}

    record Created(String id) {}

    private final Store store;
    private final Clock clock;

    Projects(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Optional<ProjectDetail> project(String id) {
        return store.read(PROJECT, Map.of("id", id)).stream().findFirst().map(ProjectDetail.Row::detail);
    }

    /** Creates a project from a JSON object, as {@code by}; throws {@link InvalidInputException} listing every problem. */
    public ProjectDetail create(JsonNode body, String by) {
        FieldProblems problems = new FieldProblems();
        ProjectInput in = ProjectInput.read(body, ProjectInput.CREATE_FIELDS, problems);
        LocalDate today = LocalDate.now(clock);
        for (String required : List.of("name", "type")) {
            if (missing(body, required)) {
                problems.required(required);
            }
        }
        if (in.id() != null && RESERVED_IDS.contains(in.id())) {
            problems.idReserved("id", in.id());
        }
        ProjectStage stage = in.stage() == null ? ProjectStage.LEAD : in.stage();
        LocalDate at = in.at() == null ? today : in.at();
        if (at.isAfter(today)) {
            problems.inTheFuture("at", at);
        }
        if ((in.recommendedRank() == null) != (in.recommendedScore() == null) && in.has("recommended")) {
            problems.needsRankAndScore("recommended");
        }
        String id = in.id() != null ? in.id() : NewIds.of("P", today);
        Instant now = clock.instant();
        return store.writing(tx -> {
            ProjectTies ties = new ProjectTies(in.chain(), in.link(), in.investor(), in.referrer(), in.park());
            ProjectTies checked = ProjectTies.check(tx, id, ties, in.id() != null, problems);
            problems.throwIfAny();
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("name", in.name());
            props.put("type", in.type().name());
            props.put("investment", in.investment());
            props.put("owner", in.owner());
            props.put("nextStep", in.nextStep());
            props.put(
                    "nextStepDue",
                    in.nextStepDue() == null ? null : in.nextStepDue().toString());
            props.put("blockers", in.blockers() == null || in.blockers().isEmpty() ? null : in.blockers());
            props.put("updated", at.toString());
            props.put("source", (in.source() == null ? ProjectSource.OTHER : in.source()).name());
            if (in.recommendedRank() != null) {
                props.put("recommendedRank", in.recommendedRank());
                props.put("recommendedScore", in.recommendedScore());
                props.put("recommendedAt", today.toString());
            }
            props.values().removeIf(Objects::isNull);
            Map<String, Object> event = event(stage, at, by, in.note());
            Map<String, Object> params = new HashMap<>();
            params.put("id", id);
            params.put("props", props);
            params.put("event", event);
            tx.all(CREATE, params);
            tx.all(TIES, checked.parameters(id));
            Map<String, Object> after = new LinkedHashMap<>(props);
            after.put("stage", stage.name());
            after.put("at", at.toString());
            after.put("note", in.note());
            after.putAll(checked.values());
            after.values().removeIf(Objects::isNull);
            ProjectDetail created = read(tx, id);
            AuditLog.record(tx, now, by, "CREATE", "project", id, AuditLog.differences(Map.of(), after));
            return created;
        });
    }

    /**
     * Changes the fields given in a JSON object, as {@code by}, provided the project is still at {@code
     * expectedVersion} (null: whatever its version); throws {@link StaleVersionException} when it is not, {@link
     * NotFoundException} when there is no such project, {@link InvalidInputException} listing every problem.
     */
    public ProjectDetail change(String id, JsonNode body, Long expectedVersion, String by) {
        FieldProblems problems = new FieldProblems();
        ProjectInput in = ProjectInput.read(body, ProjectInput.CHANGE_FIELDS, problems);
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        return store.writing(tx -> {
            List<Locked> locked = tx.all(LOCK, Map.of("id", id));
            if (locked.isEmpty()) {
                throw NotFoundException.project(id);
            }
            long version = locked.getFirst().version();
            if (expectedVersion != null && expectedVersion != version) {
                throw new StaleVersionException(id, expectedVersion, version);
            }
            ProjectDetail current = read(tx, id);
            for (String required : List.of("name", "type", "stage")) {
                if (in.has(required) && body.get(required).isNull()) {
                    problems.cannotRemove(required);
                }
            }
            Map<String, Object> props = new LinkedHashMap<>();
            Map<String, Object> before = new LinkedHashMap<>();
            changeText(in, "name", in.name(), current.name(), props, before);
            if (in.has("type") && in.type() != null) {
                props.put("type", in.type().name());
                before.put("type", current.type().name());
            }
            changeText(in, "owner", in.owner(), current.owner(), props, before);
            changeText(in, "nextStep", in.nextStep(), current.nextStep(), props, before);
            changeText(
                    in,
                    "nextStepDue",
                    in.nextStepDue() == null ? null : in.nextStepDue().toString(),
                    current.nextStepDue(),
                    props,
                    before);
            if (in.has("investment")) {
                props.put("investment", in.investment());
                before.put("investment", current.investment());
            }
            if (in.has("blockers")) {
                props.put("blockers", in.blockers() == null || in.blockers().isEmpty() ? null : in.blockers());
                before.put("blockers", current.blockers().isEmpty() ? null : current.blockers());
            }
            Map<String, Object> event = stageEvent(in, current, today, by, problems);
            ProjectTies ties = null;
            if (in.has("chain") || in.has("link") || in.has("investor") || in.has("referrer") || in.has("park")) {
                ProjectTies old = ProjectTies.of(current);
                ties = new ProjectTies(
                        in.has("chain") ? in.chain() : old.chain(),
                        in.has("link") ? in.link() : old.link(),
                        in.has("investor") ? in.investor() : old.investor(),
                        in.has("referrer") ? in.referrer() : old.referrer(),
                        in.has("park") ? in.park() : old.park());
                // the chain follows a new link unless the change names a chain itself
                if (in.has("link") && in.link() != null && !in.has("chain")) {
                    ties = ties.withChain(null);
                }
                ties = ProjectTies.check(tx, id, ties, false, problems);
                before.putAll(old.values());
            }
            problems.throwIfAny();
            Map<String, Object> after = new LinkedHashMap<>(props);
            if (ties != null) {
                after.putAll(ties.values());
            }
            Map<String, List<Object>> changes = AuditLog.differences(before, after);
            if (event != null) {
                changes.put("stage", AuditLog.pair(current.stage().name(), event.get("stage")));
                changes.put("at", AuditLog.pair(null, event.get("at")));
                if (event.get("note") != null) {
                    changes.put("note", AuditLog.pair(null, event.get("note")));
                }
            }
            if (changes.isEmpty()) {
                Map<String, Object> unchanged = new HashMap<>();
                unchanged.put("id", id);
                unchanged.put("props", Map.of());
                unchanged.put("version", version);
                unchanged.put("event", null);
                tx.all(UPDATE, unchanged);
                return current;
            }
            props.put("updated", event != null ? event.get("at") : today.toString());
            Map<String, Object> params = new HashMap<>();
            params.put("id", id);
            params.put("props", props);
            params.put("version", version + 1);
            params.put("event", event);
            tx.all(UPDATE, params);
            if (ties != null) {
                tx.all(TIES, ties.parameters(id));
            }
            ProjectDetail changed = read(tx, id);
            AuditLog.record(tx, now, by, event != null ? "STAGE" : "UPDATE", "project", id, changes);
            return changed;
        });
    }

    /**
     * The event a change of stage appends, or null when the stage does not change; its date may not be in the
     * future nor before the last event, and a move back in the pipeline order (to anything but DROPPED) needs a
     * note saying why.
     */
    private static Map<String, Object> stageEvent(
            ProjectInput in, ProjectDetail current, LocalDate today, String by, FieldProblems problems) {
        if (in.stage() == null || in.stage() == current.stage()) {
            if (in.has("at") || (in.has("note") && in.note() != null)) {
                if (in.stage() == null) {
                    problems.withoutStageChange(in.has("at") ? "at" : "note");
                }
            }
            return null;
        }
        LocalDate at = in.at() == null ? today : in.at();
        if (at.isAfter(today)) {
            problems.inTheFuture("at", at);
        }
        StageEvent last = current.lastEvent();
        if (last != null && last.at() != null && at.toString().compareTo(last.at()) < 0) {
            problems.beforeLastEvent("at", at, last.at(), last.stage());
        }
        ProjectStage from = current.stage();
        ProjectStage to = in.stage();
        boolean back = to != ProjectStage.DROPPED && (from == ProjectStage.DROPPED || to.ordinal() < from.ordinal());
        if (back && in.note() == null) {
            problems.moveBackNeedsNote("note", from, to);
        }
        return event(to, at, by, in.note());
    }

    /** Not given, given as null, or as blank text. */
    private static boolean missing(JsonNode body, String field) {
        if (body == null || !body.isObject()) {
            return false;
        }
        JsonNode v = body.get(field);
        return v == null || v.isNull() || (v.isTextual() && v.asText().isBlank());
    }

    private static void changeText(
            ProjectInput in,
            String field,
            String value,
            Object current,
            Map<String, Object> props,
            Map<String, Object> before) {
        if (in.has(field)) {
            props.put(field, value);
            before.put(field, current);
        }
    }

    private static Map<String, Object> event(ProjectStage stage, LocalDate at, String by, String note) {
        Map<String, Object> event = new HashMap<>();
        event.put("stage", stage.name());
        event.put("at", at.toString());
        event.put("by", by);
        event.put("note", note);
        return event;
    }

    private static ProjectDetail read(Reads tx, String id) {
        return tx.all(PROJECT, Map.of("id", id)).getFirst().detail();
    }
}
