package org.chainmap.workbench;

import java.util.List;
import org.chainmap.domain.ChainmapException;

/**
 * A write refused for its content: every problem found, each with its field, its reason's code and values, and its
 * English line {@code field: reason} (the API answers 422).
 */
public final class InvalidInputException extends ChainmapException {
    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super(
                problems.size() == 1
                        ? "1 problem: " + problems.getFirst().line()
                        : problems.size() + " problems: "
                                + String.join(
                                        "; ",
                                        problems.stream()
                                                .map(FieldProblem::line)
                                                .toList()));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** Every problem as {@code field: reason}, in the order of {@link #problems()}. */
    public List<String> lines() {
        return problems.stream().map(FieldProblem::line).toList();
    }
}
