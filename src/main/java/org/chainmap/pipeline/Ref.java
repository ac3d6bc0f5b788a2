package org.chainmap.pipeline;

/** A park a project is tied to, by id and name. */
public record Ref(String id, String name) {}
