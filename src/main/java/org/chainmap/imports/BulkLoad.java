package org.chainmap.imports;

import java.util.Set;

/**
 * The first load of an empty store through an offline importer ({@code import --initial}): the rows of the large
 * files are handed to it while the first pass checks them, kept aside outside the store, and loaded only once every
 * file has passed; the other files are written afterwards through the writer it returns, as a normal import writes
 * them. Closing it drops what was kept aside and stops what it started.
 */
public interface BulkLoad extends AutoCloseable {
    /**
     * The files whose rows are loaded offline: the nodes and ties of enterprises, the chains and links they point to
     * and the ties between those, and the yearly evaluations of enterprises.
     */
    Set<ImportFile> FILES = Set.of(
            ImportFile.CHAINS,
            ImportFile.LINKS,
            ImportFile.LINK_FLOWS,
            ImportFile.ENTERPRISES,
            ImportFile.ENTERPRISE_LINKS,
            ImportFile.SUPPLIES,
            ImportFile.LEADERS,
            ImportFile.EVALUATIONS);

    /** Takes a checked row of one of {@link #FILES}; nothing reaches the store before {@link #load}. */
    void add(ImportRow row);

    /** What the rows taken of {@code file} create: nodes and ties, as a normal import into an empty store counts them. */
    Created created(ImportFile file);

    /**
     * Marks the load as begun beside the store (the marker names {@code run} until {@link #finished}), loads the rows
     * taken, and opens the store: the writer of the remaining files.
     */
    GraphWriter load(ImportRun run);

    /** The whole import finished: its marker goes. */
    void finished(ImportRun run);

    @Override
    void close();

    /** Nodes and ties a file's rows create. */
    record Created(long nodes, long ties) {}
}
