package org.chainmap.parks;

/** A chain named by id and name. */
public record ChainRef(String id, String name) {}
