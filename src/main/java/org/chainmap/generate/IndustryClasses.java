package org.chainmap.generate;

import java.util.HashMap;
import java.util.Map;

/**
 * Names of classes of GB/T 4754-2017 ({@code generate/industry-classes.txt}), and the section letter of any code,
 * for writing industry codes as registry exports do: {@code C3841}, {@code C3841 锂离子电池制造},
 * {@code 锂离子电池制造(3841)}.
 */
final class IndustryClasses {
    static final String RESOURCE = "generate/industry-classes.txt";

    /** The last division (two digits) of each section, A to T. */
    private static final int[] LAST_DIVISION = {
        5, 12, 43, 46, 50, 52, 60, 62, 65, 69, 70, 72, 75, 79, 82, 83, 85, 90, 96, 97
    };

    private final Map<String, String> names = new HashMap<>();

    private IndustryClasses() {}

    static IndustryClasses load() {
        IndustryClasses classes = new IndustryClasses();
        for (String line : ResourceLines.of(RESOURCE)) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] f = text.split("\\s+", 2);
            if (f.length != 2 || !f[0].matches("\\d{4}")) {
                throw new IllegalStateException(RESOURCE + ": not a code and a name: " + line);
            }
            classes.names.put(f[0], f[1]);
        }
        return classes;
    }

    /** The class's name, or null where the resource has none. */
    String name(String code) {
        return names.get(code);
    }

    /** The section letter (门类) of a code of 2 to 4 digits. */
    static char section(String code) {
        int division = Integer.parseInt(code.substring(0, 2));
        for (int s = 0; s < LAST_DIVISION.length; s++) {
            if (division <= LAST_DIVISION[s]) {
                return (char) ('A' + s);
            }
        }
        throw new IllegalArgumentException("no section holds division " + division);
    }
}
