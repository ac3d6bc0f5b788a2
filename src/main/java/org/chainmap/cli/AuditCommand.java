package org.chainmap.cli;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.chainmap.export.TextTable;
import org.chainmap.store.Store;
import org.chainmap.workbench.AuditEntry;
import org.chainmap.workbench.AuditLog;
import org.chainmap.workbench.Workbench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "audit",
        description = "The audit log, newest first: every write (API, command line, import) with who, when and"
                + " what changed.")
final class AuditCommand extends StoreCommand {
    @Option(names = "--limit", paramLabel = "N", description = "at most N entries (default: ${DEFAULT-VALUE})")
    int limit = 50;

    @Option(names = "--entity", paramLabel = "KIND", description = "only entries about project, visit or import")
    String entity;

    @Option(names = "--id", paramLabel = "ID", description = "only entries about this id")
    String id;

    /** The answer of {@code --format json}: {@code {"entries": [...]}}, as the API's. */
    record Entries(List<AuditEntry> entries) {}

    @Override
    void checkOptions() {
        if (limit < 1 || limit > AuditLog.MAX_LIMIT) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "--limit must be 1 to " + AuditLog.MAX_LIMIT + ", not " + limit);
        }
    }

    @Override
    int run(Store store) {
        List<AuditEntry> entries =
                new Workbench(store, Clock.systemDefaultZone()).audit().entries(entity, id, limit);
        TextTable t = new TextTable("at", "by", "action", "entity", "id", "changes");
        for (AuditEntry e : entries) {
            t.row(e.at(), e.by(), e.action(), e.entity(), e.id(), changes(e.changes()));
        }
        output.print(new Entries(entries), t);
        return 0;
    }

    private static String changes(Map<String, List<Object>> changes) {
        StringBuilder b = new StringBuilder();
        changes.forEach((field, pair) -> {
            if (!b.isEmpty()) {
                b.append("; ");
            }
            b.append(field).append(": ").append(pair.get(0)).append(" → ").append(pair.get(1));
        });
        return b.toString();
    }
}
