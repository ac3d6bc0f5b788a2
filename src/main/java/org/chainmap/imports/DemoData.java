package org.chainmap.imports;

import java.util.Set;

/** The demo data set (SPEC section 8), shipped in the import format under {@code demo/} on the classpath. */
public final class DemoData {
    private DemoData() {}

    public static ImportSource source() {
        return new ClasspathSource("demo");
    }

    public static ImportSummary importInto(GraphWriter writer, Set<String> localDivisions, Progress progress) {
        return new Importer(writer, localDivisions, progress).run(source(), false);
    }
}
