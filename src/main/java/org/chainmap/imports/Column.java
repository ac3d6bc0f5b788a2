package org.chainmap.imports;

import java.util.List;

/** A column of an import file: its snake_case name, whether a value is required, and the Chinese headers accepted. */
record Column(String name, boolean required, List<String> aliases) {
    Column {
        aliases = List.copyOf(aliases);
    }

    static Column required(String name, String... aliases) {
        return new Column(name, true, List.of(aliases));
    }

    static Column optional(String name, String... aliases) {
        return new Column(name, false, List.of(aliases));
    }
}
