package org.chainmap.imports;

import java.io.InputStream;
import java.util.Optional;

/** Import files shipped on the classpath, such as the demo data set. */
final class ClasspathSource implements ImportSource {
    private final String folder;

    ClasspathSource(String folder) {
        this.folder = folder;
    }

    @Override
    public String name() {
        return "classpath:" + folder;
    }

    @Override
    public Optional<TableReader> open(ImportFile file) {
        String resource = folder + "/" + file.csvName();
        if (getClass().getClassLoader().getResource(resource) == null) {
            return Optional.empty();
        }
        return Optional.of(new CsvTableReader(resource, () -> stream(resource)));
    }

    private InputStream stream(String resource) {
        return getClass().getClassLoader().getResourceAsStream(resource);
    }
}
