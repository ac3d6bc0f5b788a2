package org.chainmap.analysis.projection;

import java.util.Objects;

/** A chain of the projection: its key and its Chinese name. */
public record ChainNode(String id, String name) {
    public ChainNode {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
    }
}
