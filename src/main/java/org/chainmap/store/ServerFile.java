package org.chainmap.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file in the data folder by which a running {@code serve} publishes its Bolt address and password, so that
 * other commands on the same {@code --data} connect through it. Readable by its owner only.
 */
record ServerFile(URI uri, String user, String password, long pid) {
    static final String NAME = "chainmap-server.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path path(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    static Optional<ServerFile> read(Path dataDir) {
        Path file = path(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ServerFile.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void write(Path dataDir) {
        OwnerOnlyFile.write(path(dataDir), out -> JSON.writeValue(out, this));
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(path(dataDir));
        } catch (IOException ignored) {
            // a stale file is detected and replaced at the next start
        }
    }
}
