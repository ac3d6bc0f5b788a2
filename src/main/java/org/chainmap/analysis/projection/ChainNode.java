package org.chainmap.analysis.projection;

import java.util.Objects;

/** A chain of the projection: its key, its Chinese name and its English one ({@code null} where none is known). */
public record ChainNode(String id, String name, String nameEn) {
    public ChainNode {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
    }

    /** A chain with no English name. */
    public ChainNode(String id, String name) {
        this(id, name, null);
    }
}
