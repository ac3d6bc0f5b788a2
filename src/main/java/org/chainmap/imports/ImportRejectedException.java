package org.chainmap.imports;

import java.util.List;
import org.chainmap.domain.ChainmapException;

/** The input has problems; nothing was written. */
public final class ImportRejectedException extends ChainmapException {
    private final List<Problem> problems;

    public ImportRejectedException(List<Problem> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in the input; nothing was written");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
