package org.chainmap.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The warnings of one file: cells read as unknown because they hold no value chainmap can read (an industry code it
 * cannot find, a business scope with nothing in it, products with a separator it does not split on). They are
 * counted, and the first {@value #SHOWN} are kept to show, so a file of a million such rows costs no memory.
 */
final class Warnings {
    static final int SHOWN = 20;

    private final List<Problem> first = new ArrayList<>();
    private long count;

    void add(String file, long line, String column, String reason) {
        count++;
        if (first.size() < SHOWN) {
            first.add(new Problem(file, line, column, reason));
        }
    }

    long count() {
        return count;
    }

    List<Problem> first() {
        return List.copyOf(first);
    }
}
