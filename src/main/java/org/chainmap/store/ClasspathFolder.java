package org.chainmap.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists the files of a classpath folder, whether it sits in a directory (tests) or inside the jar. */
public final class ClasspathFolder {
    private ClasspathFolder() {}

    /**
     * Paths relative to {@code folder}, with {@code /} separators, sorted and without repeats, of the files ending in
     * {@code suffix}, over every classpath entry that has the folder.
     */
    public static List<String> list(String folder, String suffix) {
        try {
            var all = new java.util.TreeSet<String>();
            var urls = ClasspathFolder.class.getClassLoader().getResources(folder);
            while (urls.hasMoreElements()) {
                all.addAll(list(urls.nextElement(), folder, suffix));
            }
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(URL url, String folder, String suffix) {
        try {
            if (url.getProtocol().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(url.toURI());
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(url.toURI(), Map.of());
                }
                return walk(fs.getPath(folder), suffix);
            }
            return walk(Path.of(url.toURI()), suffix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> walk(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(suffix))
                    .sorted()
                    .toList();
        }
    }
}
