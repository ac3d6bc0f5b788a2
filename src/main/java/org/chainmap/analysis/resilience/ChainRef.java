package org.chainmap.analysis.resilience;

/** The chain a resilience answer is about. */
public record ChainRef(String id, String name) {}
