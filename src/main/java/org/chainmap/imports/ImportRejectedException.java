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

    /** An input rejected for one problem, such as a file that cannot be read at all. */
    public static ImportRejectedException of(String file, long line, String column, String reason) {
        return new ImportRejectedException(List.of(new Problem(file, line, column, reason)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
