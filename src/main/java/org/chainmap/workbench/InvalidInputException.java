package org.chainmap.workbench;

import java.util.List;
import org.chainmap.domain.ChainmapException;

/** A write refused for its content: every problem found, each as {@code field: reason} (the API answers 422). */
public final class InvalidInputException extends ChainmapException {
    private final List<String> problems;

    public InvalidInputException(List<String> problems) {
        super(
                problems.size() == 1
                        ? "1 problem: " + problems.getFirst()
                        : problems.size() + " problems: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
