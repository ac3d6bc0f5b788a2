package org.chainmap.imports;

import java.util.Set;

/** The demo data set (SPEC section 8), shipped in the import format under {@code demo/} on the classpath. */
public final class DemoData {
    /** How an import of the demo data set is named, in its marker among others. */
    public static final String LABEL = "demo data set";

    private DemoData() {}

    public static ImportSource source() {
        return new ClasspathSource("demo");
    }

    public static ImportSummary importInto(GraphWriter writer, Set<String> localDivisions, Progress progress) {
        return new Importer(writer, localDivisions, progress).run(source(), LABEL, false);
    }
}
