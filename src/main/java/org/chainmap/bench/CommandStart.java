package org.chainmap.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.chainmap.imports.DemoData;
import org.chainmap.imports.Progress;
import org.chainmap.store.ConnectionSettings;
import org.chainmap.store.Neo4jGraphWriter;
import org.chainmap.store.Store;

/**
 * {@code cliReportMs} (SPEC section 15): the wall time of {@code chainmap report} in a new process on the demo data,
 * imported into a temporary store for it, started the way a user starts it: through {@code bin/chainmap} beside the
 * jar's {@code target} folder when there is one, else {@code java -jar} with the JVM running the benchmark. One run
 * first, untimed, lets the launcher write its class archive; the figure is the median of the next three.
 */
public final class CommandStart {
    private static final int RUNS = 3;
    private static final long TIMEOUT_SECONDS = 300;

    private CommandStart() {}

    /** The figure and how the command was started. */
    public record Figure(long cliReportMs, String launchedWith) {}

    public static Figure reportOnDemo(Path work, Set<String> localDivisions) {
        Path store = work.resolve("demo-store");
        try (Store s = Store.open(ConnectionSettings.embedded(store), false)) {
            DemoData.importInto(new Neo4jGraphWriter(s), localDivisions, Progress.NONE);
        }
        List<String> command = new ArrayList<>(launcher());
        command.addAll(List.of("report", "--data", store.toString()));
        run(command, work);
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ms[i] = run(command, work);
        }
        Arrays.sort(ms);
        return new Figure(ms[RUNS / 2], command.getFirst());
    }

    static List<String> launcher() {
        Path jar = jar();
        Path script = jar.getParent().resolveSibling("bin").resolve("chainmap");
        if (jar.getParent().getFileName().toString().equals("target") && Files.isExecutable(script)) {
            return List.of(script.toString());
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-jar", jar.toString());
    }

    private static Path jar() {
        try {
            return Path.of(CommandStart.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate chainmap's jar", e);
        }
    }

    private static long run(List<String> command, Path work) {
        long t = System.nanoTime();
        try {
            Process p = new ProcessBuilder(command)
                    .redirectOutput(work.resolve("report.out").toFile())
                    .redirectError(work.resolve("report.err").toFile())
                    .start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("report did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("report failed (exit " + p.exitValue() + "): "
                        + Files.readString(work.resolve("report.err")).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return (System.nanoTime() - t) / 1_000_000;
    }
}
