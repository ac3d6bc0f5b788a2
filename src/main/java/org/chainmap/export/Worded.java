package org.chainmap.export;

/**
 * A cell whose text depends on the language it is shown in (the facts behind a target's score): spreadsheets for
 * people word it in theirs, a CSV for machines in English ({@link #toString()}).
 */
public interface Worded {
    String in(Labels labels);
}
