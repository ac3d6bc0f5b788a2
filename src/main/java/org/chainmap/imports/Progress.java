package org.chainmap.imports;

/** Where long work reports how far it got; on a terminal the CLI shows it, elsewhere nothing is shown. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (task, done) -> {};

    /** {@code done} units of {@code task} are finished (rows of a file, for an import). */
    void update(String task, long done);

    /** {@code done} units of {@code task} are finished out of {@code total}, so that the time left can be told. */
    default void update(String task, long done, long total) {
        update(task, done);
    }

    /** Called once a task is complete. */
    default void finish(String task, long done) {
        update(task, done);
    }
}
