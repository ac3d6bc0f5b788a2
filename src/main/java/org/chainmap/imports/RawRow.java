package org.chainmap.imports;

import java.util.List;

/** A row as read: its line (1 is the header) and its cells as text. */
record RawRow(long line, List<String> cells) {}
