package org.chainmap.domain;

/** An enum with a Chinese label, accepted in import files beside the English name. */
public interface Labelled {
    String name();

    String zh();

    /** Further spellings accepted on import, besides the name and the Chinese label. */
    default java.util.List<String> aliases() {
        return java.util.List.of();
    }
}
