package org.chainmap.workbench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chainmap.domain.ProjectStage;
import org.chainmap.domain.Uscc;

/**
 * The problems of one write, collected so that all of them are answered at once. This is the one place where a
 * problem is made: each method notes one {@link Reason}, with the values its words name and the English line the
 * API has always given.
 */
public class FieldProblems {
    private final List<FieldProblem> problems = new ArrayList<>();

    void add(FieldProblem problem) {
        problems.add(problem);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws when there is any problem. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public void required(String field) {
        add(field, Reason.REQUIRED, "required");
    }

    public void unknownField(String field, Collection<String> known) {
        add(
                field,
                Reason.UNKNOWN_FIELD,
                "not a field of this request (known: " + String.join(", ", known) + ")",
                "known",
                List.copyOf(known));
    }

    /** The body of a request is not a JSON object. */
    public void notJsonObject(String field) {
        add(field, Reason.EXPECTED_OBJECT, "expected a JSON object");
    }

    /** A nested field is not an object. */
    public void notAnObject(String field) {
        add(field, Reason.EXPECTED_OBJECT, "expected an object");
    }

    /** {@code got}: the JSON type given, in lower case. */
    public void notText(String field, String got) {
        add(field, Reason.EXPECTED_TEXT, "expected text, got " + got, "got", got);
    }

    public void notAList(String field) {
        add(field, Reason.EXPECTED_LIST, "expected a list of texts");
    }

    public void tooLong(String field, int max) {
        add(field, Reason.TOO_LONG, "longer than " + max + " characters", "max", max);
    }

    public void tooManyItems(String field, int max) {
        add(field, Reason.TOO_MANY_ITEMS, "more than " + max + " items", "max", max);
    }

    public void notAnId(String field, String value) {
        add(
                field,
                Reason.NOT_AN_ID,
                "'" + value + "' is not an id (letters, digits, '.', '_', ':', '-'; starting with a letter or digit)",
                "value",
                value);
    }

    public void invalidCreditCode(String field, String value, Uscc.Defect defect) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("value", value);
        values.put("fault", defect.fault().name());
        values.putAll(defect.facts());
        add(new FieldProblem(field, Reason.INVALID_CREDIT_CODE, values, "'" + value + "': " + defect.words()));
    }

    /** {@code allowed}: the codes of the values; {@code described}: each code with its Chinese label. */
    public void notOneOf(String field, String value, List<String> allowed, String described) {
        add(
                field,
                Reason.NOT_ONE_OF,
                "unknown value '" + value + "' (expected one of " + described + ")",
                "value",
                value,
                "allowed",
                List.copyOf(allowed));
    }

    public void notADate(String field, String value) {
        add(field, Reason.NOT_A_DATE, "'" + value + "' is not a date YYYY-MM-DD", "value", value);
    }

    /** {@code json}: what was given, as JSON text. */
    public void notANumber(String field, String json) {
        add(field, Reason.NOT_A_NUMBER, "expected a number, got " + json, "value", json);
    }

    /** {@code json}: what was given, as JSON text. */
    public void notAWholeNumber(String field, String json) {
        add(field, Reason.NOT_A_WHOLE_NUMBER, "expected a whole number, got " + json, "value", json);
    }

    public void negative(String field, double value) {
        add(field, Reason.NEGATIVE, "must not be negative: " + value, "value", value);
    }

    public void belowMinimum(String field, long value, long min) {
        add(field, Reason.BELOW_MINIMUM, "must be at least " + min + ": " + value, "min", min, "value", value);
    }

    public void idReserved(String field, String id) {
        add(field, Reason.ID_RESERVED, "'" + id + "' is reserved", "value", id);
    }

    public void idTaken(String field, String id) {
        add(field, Reason.ID_TAKEN, "a project '" + id + "' exists already", "value", id);
    }

    public void inTheFuture(String field, LocalDate day) {
        add(field, Reason.IN_THE_FUTURE, day + " is in the future", "value", day.toString());
    }

    public void beforeLastEvent(String field, LocalDate day, String last, ProjectStage lastStage) {
        add(
                field,
                Reason.BEFORE_LAST_EVENT,
                day + " is before the last event of the project (" + last + ", " + lastStage + ")",
                "value",
                day.toString(),
                "last",
                last,
                "lastStage",
                lastStage.name());
    }

    public void moveBackNeedsNote(String field, ProjectStage from, ProjectStage to) {
        add(
                field,
                Reason.MOVE_BACK_NEEDS_NOTE,
                "a move back from " + from + " to " + to + " needs a note saying why",
                "from",
                from.name(),
                "to",
                to.name());
    }

    public void withoutStageChange(String field) {
        add(field, Reason.WITHOUT_STAGE_CHANGE, "given without a change of stage");
    }

    public void cannotRemove(String field) {
        add(field, Reason.CANNOT_REMOVE, "cannot be removed");
    }

    public void needsRankAndScore(String field) {
        add(field, Reason.NEEDS_RANK_AND_SCORE, "needs both rank and score");
    }

    public void unknownChain(String field, String id) {
        add(field, Reason.UNKNOWN_CHAIN, "unknown chain '" + id + "'", "value", id);
    }

    public void unknownLink(String field, String id) {
        add(field, Reason.UNKNOWN_LINK, "unknown link '" + id + "'", "value", id);
    }

    /** The link is in {@code chain}, not in {@code named}, the chain the request names. */
    public void linkOfOtherChain(String field, String link, String chain, String named) {
        add(
                field,
                Reason.LINK_OF_OTHER_CHAIN,
                "link '" + link + "' is in chain '" + chain + "', not in '" + named + "'",
                "link",
                link,
                "chain",
                chain,
                "named",
                named);
    }

    public void unknownEnterprise(String field, String uscc) {
        add(field, Reason.UNKNOWN_ENTERPRISE, "unknown enterprise '" + uscc + "'", "value", uscc);
    }

    public void unknownPark(String field, String id) {
        add(field, Reason.UNKNOWN_PARK, "unknown park '" + id + "'", "value", id);
    }

    public void mentionsItself(String field) {
        add(field, Reason.MENTIONS_ITSELF, "names the visited enterprise itself");
    }

    public void referNeedsMentions(String field) {
        add(field, Reason.REFER_NEEDS_MENTIONS, "a visit of intention REFER names the enterprises it could introduce");
    }

    /** A problem with its values given as name, value, name, value …. */
    private void add(String field, Reason code, String reason, Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        add(new FieldProblem(field, code, values, reason));
    }
}
