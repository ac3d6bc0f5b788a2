package org.chainmap.imports;

/** The kinds of node that import files refer to by key. */
public enum NodeKind {
    CHAIN("chain"),
    LINK("link"),
    ENTERPRISE("enterprise"),
    PARK("park"),
    PROJECT("project"),
    PARCEL("parcel");

    final String noun;

    NodeKind(String noun) {
        this.noun = noun;
    }
}
