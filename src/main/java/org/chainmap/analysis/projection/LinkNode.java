package org.chainmap.analysis.projection;

import java.util.Objects;
import org.chainmap.domain.LinkStage;

/** A link (环节) of the projection; {@code key} marks a 关键环节, {@code nameEn} is {@code null} where none is known. */
public record LinkNode(String id, String chainId, String name, String nameEn, LinkStage stage, boolean key) {
    public LinkNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(chainId, "chainId");
        Objects.requireNonNull(stage, "stage");
        name = name == null ? id : name;
    }

    /** A link with no English name. */
    public LinkNode(String id, String chainId, String name, LinkStage stage, boolean key) {
        this(id, chainId, name, null, stage, key);
    }
}
