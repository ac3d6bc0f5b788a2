package org.chainmap.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.chainmap.imports.ImportRun;

/**
 * The file beside the store that marks a first load ({@code import --initial}) as begun, naming its run: written
 * before Neo4j's offline importer writes anything, removed once the whole import has finished. The offline importer
 * writes no transactions, so the store cannot carry such a marker itself; one left by a process that is gone is an
 * interrupted import, named as a marker node names one.
 */
final class InitialImportMarker {
    static final String NAME = "chainmap-initial-import.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private InitialImportMarker() {}

    static Path path(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    /** The run the marker names; empty when there is none (or it cannot be read: it is written whole). */
    static Optional<ImportRun> read(Path dataDir) {
        Path file = path(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ImportRun.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void write(Path dataDir, ImportRun run) {
        OwnerOnlyFile.write(path(dataDir), out -> JSON.writeValue(out, run));
    }

    /** Removes the marker when it names {@code runId}. */
    static void delete(Path dataDir, String runId) {
        if (read(dataDir).filter(r -> r.id().equals(runId)).isEmpty()) {
            return;
        }
        try {
            Files.deleteIfExists(path(dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + path(dataDir), e);
        }
    }
}
