package org.chainmap.report;

/** How much of each kind the graph holds. */
public record Counts(
        long chains,
        long links,
        long enterprises,
        long localEnterprises,
        long supplies,
        long leaders,
        long parks,
        long projects) {}
