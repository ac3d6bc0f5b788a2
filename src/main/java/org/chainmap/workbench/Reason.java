package org.chainmap.workbench;

/**
 * Why a field of a write is refused, as a code a client words in its own language from the {@link
 * FieldProblem#values() values} named after each constant (see {@code docs/errors.md}).
 */
public enum Reason {
    /** A required field is missing or blank. */
    REQUIRED,
    /** The request names a field it does not have: {@code known}, the fields it may name. */
    UNKNOWN_FIELD,
    /** A JSON object was expected (the body, or a nested object). */
    EXPECTED_OBJECT,
    /** Text was expected: {@code got}, the JSON type given (number, boolean, array, object). */
    EXPECTED_TEXT,
    /** A list of texts was expected. */
    EXPECTED_LIST,
    /** Text longer than {@code max} characters. */
    TOO_LONG,
    /** A list of more than {@code max} items. */
    TOO_MANY_ITEMS,
    /** {@code value} is not an id (a letter or digit, then letters, digits, '.', '_', ':' or '-'). */
    NOT_AN_ID,
    /**
     * {@code value} is not a valid credit code: {@code fault} says why ({@code LENGTH} with {@code length};
     * {@code CHARACTER} with {@code character} and {@code position}; {@code DIVISION}; {@code CHECK} with
     * {@code character} and {@code expected}).
     */
    INVALID_CREDIT_CODE,
    /** {@code value} is none of {@code allowed} (the codes of the field's values). */
    NOT_ONE_OF,
    /** {@code value} is not a date YYYY-MM-DD. */
    NOT_A_DATE,
    /** A number was expected: {@code value}, the JSON given. */
    NOT_A_NUMBER,
    /** A whole number was expected: {@code value}, the JSON given. */
    NOT_A_WHOLE_NUMBER,
    /** {@code value} is negative. */
    NEGATIVE,
    /** {@code value} is below {@code min}. */
    BELOW_MINIMUM,
    /** The id {@code value} is one the API keeps for its own paths. */
    ID_RESERVED,
    /** A project with the id {@code value} exists already. */
    ID_TAKEN,
    /** The day {@code value} is in the future. */
    IN_THE_FUTURE,
    /** The day {@code value} is before {@code last}, the day of the project's last event, at stage {@code lastStage}. */
    BEFORE_LAST_EVENT,
    /** A move back from stage {@code from} to stage {@code to} needs a note saying why. */
    MOVE_BACK_NEEDS_NOTE,
    /** A day or note of a stage event given without a change of stage. */
    WITHOUT_STAGE_CHANGE,
    /** A field every project has cannot be removed. */
    CANNOT_REMOVE,
    /** A ranking row needs both its rank and its score. */
    NEEDS_RANK_AND_SCORE,
    /** No chain has the id {@code value}. */
    UNKNOWN_CHAIN,
    /** No link has the id {@code value}. */
    UNKNOWN_LINK,
    /** The link {@code link} is in the chain {@code chain}, not in {@code named}, the chain the request names. */
    LINK_OF_OTHER_CHAIN,
    /** No enterprise has the credit code {@code value}. */
    UNKNOWN_ENTERPRISE,
    /** No park has the id {@code value}. */
    UNKNOWN_PARK,
    /** A visit names the visited enterprise among those it mentions. */
    MENTIONS_ITSELF,
    /** A visit of intention REFER names no enterprise it could introduce. */
    REFER_NEEDS_MENTIONS
}
