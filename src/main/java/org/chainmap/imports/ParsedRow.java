package org.chainmap.imports;

import java.util.List;

/**
 * A row read and checked: its key within its file (for duplicates), the record of its file that the writer writes,
 * and the keys it refers to in other files.
 */
record ParsedRow(String key, ImportRow row, List<Ref> refs) {
    ParsedRow {
        refs = List.copyOf(refs);
    }

    /** A reference from {@code column} to the {@code kind} keyed {@code key}. */
    record Ref(NodeKind kind, String key, String column) {}
}
