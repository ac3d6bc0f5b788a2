package org.chainmap.report;

/** What {@code chainmap report} and {@code GET /api/v1/report} answer. */
public record Report(Counts counts, Headline headline) {}
