package org.chainmap.workbench;

import java.util.ArrayList;
import java.util.List;

/** The problems of one write, collected so that all of them are answered at once. */
class FieldProblems {
    private final List<String> problems = new ArrayList<>();

    void add(String field, String reason) {
        problems.add(field + ": " + reason);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    /** Throws when there is any problem. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
