package org.chainmap.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.chainmap.domain.ProjectSource;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.ProjectType;

/**
 * The fields of a project as a client sent them to create or change it, each checked for its form (the graph's
 * checks come later, in {@link Projects}); {@code given} names the fields present, so that a change touches only
 * those and a field given as {@code null} is removed.
 */
record ProjectInput(
        Set<String> given,
        String id,
        String name,
        ProjectType type,
        String chain,
        String link,
        String investor,
        String referrer,
        String park,
        Double investment,
        String owner,
        String nextStep,
        LocalDate nextStepDue,
        List<String> blockers,
        ProjectStage stage,
        LocalDate at,
        String note,
        ProjectSource source,
        Long recommendedRank,
        Double recommendedScore) {
    /** The fields a change may name. */
    static final Set<String> CHANGE_FIELDS = Set.of(
            "name",
            "type",
            "chain",
            "link",
            "investor",
            "referrer",
            "park",
            "investment",
            "owner",
            "nextStep",
            "nextStepDue",
            "blockers",
            "stage",
            "at",
            "note");

    /** The fields a new project may name: those of a change, its id, where it came from and its ranking row. */
    static final Set<String> CREATE_FIELDS = union(CHANGE_FIELDS, Set.of("id", "source", "recommended"));

    ProjectInput {
        given = Set.copyOf(given);
    }

    static ProjectInput read(JsonNode body, Set<String> allowed, FieldProblems problems) {
        if (body == null || !body.isObject()) {
            problems.notJsonObject("body");
            return new ProjectInput(
                    Set.of(), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null);
        }
        JsonFields f = new JsonFields(body, new java.util.TreeSet<>(allowed), problems);
        Set<String> given = new LinkedHashSet<>();
        body.fieldNames().forEachRemaining(n -> {
            if (allowed.contains(n)) {
                given.add(n);
            }
        });
        JsonFields recommended = f.object("recommended", new java.util.TreeSet<>(Set.of("rank", "score")));
        return new ProjectInput(
                given,
                f.id("id"),
                f.text("name", JsonFields.MAX_TEXT),
                f.enumValue("type", ProjectType.class),
                f.id("chain"),
                f.id("link"),
                f.uscc("investor"),
                f.uscc("referrer"),
                f.id("park"),
                f.amount("investment"),
                f.text("owner", JsonFields.MAX_TEXT),
                f.text("nextStep", JsonFields.MAX_TEXT),
                f.date("nextStepDue"),
                f.texts("blockers"),
                f.enumValue("stage", ProjectStage.class),
                f.date("at"),
                f.text("note", JsonFields.MAX_NOTE),
                f.enumValue("source", ProjectSource.class),
                recommended == null ? null : recommended.integer("rank", 1),
                recommended == null ? null : recommended.amount("score"));
    }

    boolean has(String field) {
        return given.contains(field);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
