package org.chainmap.simulate;

import java.util.List;
import org.chainmap.domain.ChainmapException;

/** A simulation refused for what it asks: every problem found, each as {@code field: reason} (the API answers 422). */
public final class InvalidSimulationException extends ChainmapException {
    private final List<String> problems;

    public InvalidSimulationException(List<String> problems) {
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
