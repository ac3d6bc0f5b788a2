package org.chainmap.imports;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * An import that has begun writing, as its marker in the store records it: which source, since when, and which
 * process on which host runs it.
 *
 * @param startedAt ISO-8601 with offset, to the second
 */
public record ImportRun(String id, String source, String startedAt, String host, long pid) {
    private static final String THIS_HOST = hostName();

    public ImportRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(host, "host");
    }

    /** A run of {@code source} by this process, starting now. */
    static ImportRun begin(String source) {
        String now = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return new ImportRun(
                UUID.randomUUID().toString(),
                source,
                now,
                THIS_HOST,
                ProcessHandle.current().pid());
    }

    /**
     * Whether the run may still be going: its process is alive on this host, or it runs on another host, where this
     * process cannot tell (an import from another machine on a shared Neo4j is taken to be running).
     */
    public boolean mayBeRunning() {
        if (!host.equals(THIS_HOST)) {
            return true;
        }
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
