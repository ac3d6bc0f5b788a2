package org.chainmap.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the markers of imports that began writing: which one did not finish, and which ones a finished run completed. */
public final class ImportRuns {
    private ImportRuns() {}

    /** The oldest import that began writing and whose process is gone, if any. */
    public static Optional<InterruptedImport> interrupted(GraphWriter writer) {
        return writer.unfinishedImports().stream()
                .filter(run -> !run.mayBeRunning())
                .findFirst()
                .map(run -> new InterruptedImport(run.source(), run.startedAt()));
    }

    /** The markers that {@code finished} removes: its own, and those of interrupted runs of the same source. */
    static List<String> completedBy(ImportRun finished, GraphWriter writer) {
        List<String> ids = new ArrayList<>();
        ids.add(finished.id());
        for (ImportRun run : writer.unfinishedImports()) {
            if (!run.id().equals(finished.id()) && run.source().equals(finished.source()) && !run.mayBeRunning()) {
                ids.add(run.id());
            }
        }
        return ids;
    }
}
