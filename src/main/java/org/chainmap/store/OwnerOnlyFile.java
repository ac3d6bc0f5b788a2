package org.chainmap.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** A secret in the data folder, written whole (a reader never sees half of it) and readable by its owner only. */
final class OwnerOnlyFile {
    /** What writes the file's content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OwnerOnlyFile() {}

    static void write(Path file, Content content) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
            Path tmp = Files.createTempFile(folder, "." + file.getFileName(), ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                tmp.toFile().setReadable(false, false);
                tmp.toFile().setReadable(true, true);
            }
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.writeTo(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
