package org.chainmap.workbench;

import java.time.Clock;
import org.chainmap.store.Store;

/**
 * The attraction work carried in chainmap (SPEC section 10): projects changed with their stage history, visits to
 * enterprises, and the audit log every write leaves.
 */
public final class Workbench {
    /** Days without a change of stage after which an open project is listed as stalled, unless configured. */
    public static final int DEFAULT_STALLED_DAYS = 30;

    private final Projects projects;
    private final Visits visits;
    private final AuditLog audit;

    public Workbench(Store store, Clock clock) {
        this.projects = new Projects(store, clock);
        this.visits = new Visits(store, clock);
        this.audit = new AuditLog(store);
    }

    public Projects projects() {
        return projects;
    }

    public Visits visits() {
        return visits;
    }

    public AuditLog audit() {
        return audit;
    }
}
