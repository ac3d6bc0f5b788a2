package org.chainmap.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The problems found in a run; all of them are reported at once. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    void add(String file, long line, String column, String reason) {
        list.add(new Problem(file, line, column, reason));
    }

    /** Adds the problems of {@code other}, in their order. */
    void addAll(Problems other) {
        list.addAll(other.list);
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    int size() {
        return list.size();
    }

    /** The problems by file, in the order the files were read, then by line. */
    List<Problem> sorted() {
        Map<String, Integer> fileOrder = new HashMap<>();
        for (Problem p : list) {
            fileOrder.putIfAbsent(p.file(), fileOrder.size());
        }
        List<Problem> copy = new ArrayList<>(list);
        copy.sort(Comparator.comparing((Problem p) -> fileOrder.get(p.file())).thenComparingLong(Problem::line));
        return List.copyOf(copy);
    }
}
