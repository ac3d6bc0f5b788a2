package org.chainmap.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A folder holding some of {@code chains.csv}, {@code links.csv}, …; file names are matched case-insensitively. */
final class CsvFolderSource implements ImportSource {
    private final Path folder;

    CsvFolderSource(Path folder) {
        this.folder = folder;
    }

    @Override
    public String name() {
        return folder.toString();
    }

    @Override
    public Optional<TableReader> open(ImportFile file) {
        return csvFiles()
                .filter(p -> p.getFileName().toString().equalsIgnoreCase(file.csvName()))
                .findFirst()
                .map(p -> new CsvTableReader(p.toString(), () -> newInputStream(p)));
    }

    @Override
    public List<String> unknownFiles() {
        return csvFiles()
                .map(p -> p.getFileName().toString())
                .filter(n -> Arrays.stream(ImportFile.values())
                        .noneMatch(f -> f.csvName().equalsIgnoreCase(n)))
                .toList();
    }

    private Stream<Path> csvFiles() {
        try (Stream<Path> files = Files.list(folder)) {
            return files
                    .filter(p -> p.getFileName().toString().toLowerCase().endsWith(".csv"))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream newInputStream(Path p) {
        try {
            return Files.newInputStream(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
