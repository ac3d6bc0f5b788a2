package org.chainmap.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.chainmap.domain.Labelled;

/** Reads enum values given in English (any case) or in Chinese, in import files and on the command line alike. */
public final class Enums {
    private Enums() {}

    public static <E extends Enum<E> & Labelled> Optional<E> parse(Class<E> type, String text) {
        String v = text.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)
                    || e.zh().equals(v)
                    || e.aliases().contains(v)
                    || e.name()
                            .equalsIgnoreCase(
                                    v.replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & Labelled> String describe(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(e -> e.name() + "/" + e.zh())
                .collect(Collectors.joining(", "));
    }
}
