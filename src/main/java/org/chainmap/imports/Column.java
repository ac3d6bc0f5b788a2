package org.chainmap.imports;

import java.util.List;

/**
 * A column of an import file: its snake_case name, whether a value is required, and the Chinese headers accepted.
 * A column that is not {@code written} is read where a file has it but is no part of the header that writes the file
 * (the 省份, 城市 and 区县 of a registry export, which make a {@code region} where there is none).
 */
record Column(String name, boolean required, List<String> aliases, boolean written) {
    Column {
        aliases = List.copyOf(aliases);
    }

    static Column required(String name, String... aliases) {
        return new Column(name, true, List.of(aliases), true);
    }

    static Column optional(String name, String... aliases) {
        return new Column(name, false, List.of(aliases), true);
    }

    /** An optional column read in place of another one, not written by the format's own header. */
    static Column alternative(String name, String... aliases) {
        return new Column(name, false, List.of(aliases), false);
    }
}
