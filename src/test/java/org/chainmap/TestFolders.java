package org.chainmap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Scratch folders of a test run under {@code target/tmp}, so that a run leaves nothing in the system's temporary
 * folder and {@code mvn clean} removes whatever an interrupted run left behind.
 */
public final class TestFolders {
    private static final Path ROOT = Path.of("target", "tmp");

    private TestFolders() {}

    /** A new, empty folder whose name starts with {@code prefix}. */
    public static Path create(String prefix) {
        try {
            Files.createDirectories(ROOT);
            return Files.createTempDirectory(ROOT, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the folder when the test JVM exits, after whatever {@code before} does (stopping what uses it). */
    public static void deleteOnExit(Path root, Runnable before) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            before.run();
            try {
                delete(root);
            } catch (UncheckedIOException e) {
                System.err.println("left behind: " + root + " (" + e.getCause().getMessage() + ")");
            }
        }));
    }

    /** Removes a folder and everything in it; a folder already gone is fine. */
    public static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
