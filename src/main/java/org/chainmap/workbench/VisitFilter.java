package org.chainmap.workbench;

import java.time.LocalDate;

/** Which visits to list; a null field matches any; {@code from} and {@code to} are inclusive. */
public record VisitFilter(String enterprise, String by, LocalDate from, LocalDate to) {
    public static final VisitFilter ALL = new VisitFilter(null, null, null, null);
}
