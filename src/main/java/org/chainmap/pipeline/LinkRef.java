package org.chainmap.pipeline;

/** The chain link a project fills, by id, with its name and chain. */
public record LinkRef(String id, String name, String chainId) {}
