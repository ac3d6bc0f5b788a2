package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What {@code import --initial} refuses before it touches a store (so no Neo4j is needed here). */
class ImportCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cl = ChainmapCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void shouldRefuseAFirstLoadThatOnlyChecks() {
        StringWriter err = new StringWriter();
        Path data = dir.resolve("data");
        int code = run(err, "import", dir.toString(), "--initial", "--dry-run", "--data", data.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--initial loads and --dry-run only checks");
        assertThat(data).doesNotExist();
    }

    @Test
    void shouldRefuseAFirstLoadOfAnExternalNeo4j() {
        StringWriter err = new StringWriter();
        Path data = dir.resolve("data");
        int code = run(
                err,
                "import",
                dir.toString(),
                "--initial",
                "--neo4j-uri",
                "bolt://127.0.0.1:1",
                "--data",
                data.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("chainmap: import --initial loads the embedded store only");
        assertThat(data).doesNotExist();
    }
}
