package org.chainmap.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The password of an embedded store's {@code neo4j} user, kept in its data folder ({@value #NAME}, owner only) so
 * that a start need not set a new one. Whoever can read it can read the store files beside it anyway.
 */
final class StoreKey {
    static final String NAME = "chainmap-store.key";

    private StoreKey() {}

    static Optional<String> read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            String key = Files.isRegularFile(file)
                    ? Files.readString(file, StandardCharsets.UTF_8).strip()
                    : "";
            return key.isEmpty() ? Optional.empty() : Optional.of(key);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    static void write(Path dataDir, String password) {
        OwnerOnlyFile.write(dataDir.resolve(NAME), out -> out.write(password.getBytes(StandardCharsets.UTF_8)));
    }
}
