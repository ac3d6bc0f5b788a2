package org.chainmap.imports;

import java.util.List;

/**
 * A row read and checked: its key within its file (for duplicates), the record of its file that the writer writes,
 * and the keys it refers to in other files. A row left out on purpose (an enterprise whose registration was
 * cancelled) has no record, only the {@code skipped} reason, and is neither checked further nor written.
 */
record ParsedRow(String key, ImportRow row, List<Ref> refs, String skipped) {
    ParsedRow {
        refs = List.copyOf(refs);
    }

    ParsedRow(String key, ImportRow row, List<Ref> refs) {
        this(key, row, refs, null);
    }

    /** A row left out for {@code reason}; {@code key} is what it would have defined, where it could be read. */
    static ParsedRow skipped(String key, String reason) {
        return new ParsedRow(key, null, List.of(), reason);
    }

    boolean isSkipped() {
        return skipped != null;
    }

    /** A reference from {@code column} to the {@code kind} keyed {@code key}. */
    record Ref(NodeKind kind, String key, String column) {}
}
