package org.chainmap.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Which division codes make an enterprise local when its {@code local} column is empty (SPEC section 2). */
final class LocalOptions {
    @Option(
            names = "--local-division",
            paramLabel = "CODE",
            split = ",",
            description = "6-digit division codes counted as local (default: 370215,370282)")
    List<String> divisions = List.of("370215", "370282");

    Set<String> divisions() {
        for (String d : divisions) {
            if (!d.matches("\\d{6}")) {
                throw new picocli.CommandLine.TypeConversionException("--local-division: not a 6-digit code: " + d);
            }
        }
        return new LinkedHashSet<>(divisions);
    }
}
