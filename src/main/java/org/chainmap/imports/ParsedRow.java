package org.chainmap.imports;

import java.util.List;
import java.util.Map;

/**
 * A row read and checked: its key within its file (for duplicates), the parameters of its write and the keys it
 * refers to in other files.
 */
record ParsedRow(String key, Map<String, Object> params, List<Ref> refs) {
    ParsedRow {
        refs = List.copyOf(refs);
    }

    /** A reference from {@code column} to the {@code kind} keyed {@code key}. */
    record Ref(NodeKind kind, String key, String column) {}
}
