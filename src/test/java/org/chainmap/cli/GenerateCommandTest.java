package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chainmap.export.Json;
import org.chainmap.imports.ImportFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = ChainmapCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void shouldPrintOneJsonSummaryOnStandardOutputAndOneLineOnStandardError() throws Exception {
        int exit = run("generate", "--enterprises", "300", "--seed", "7", "--out", dir.toString(), "--format", "json");

        assertThat(exit).isZero();
        JsonNode summary = Json.mapper().readTree(out.toString());
        assertThat(summary.get("enterprises").asInt()).isEqualTo(300);
        assertThat(summary.get("seed").asLong()).isEqualTo(7);
        assertThat(summary.get("files")).hasSize(ImportFile.values().length);
        assertThat(summary.get("files").get(3).get("file").asText()).isEqualTo("enterprises.csv");
        assertThat(summary.get("files").get(3).get("rows").asLong()).isEqualTo(300);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .startsWith("generated 300 enterprises (seed 7) into " + dir)
                .contains("supplies ");
        assertThat(Files.list(dir)).hasSize(ImportFile.values().length);
    }

    @Test
    void shouldWriteASparseDataSetAndSaySo() throws Exception {
        int exit = run("generate", "--enterprises", "300", "--sparse", "--out", dir.toString(), "--format", "json");

        assertThat(exit).isZero();
        JsonNode summary = Json.mapper().readTree(out.toString());
        assertThat(summary.get("sparse").asBoolean()).isTrue();
        assertThat(err.toString()).contains("(seed 42, sparse)");
        assertThat(Files.readAllLines(dir.resolve("supplies.csv")))
                .as("the header and one tie in fifty of about 1,500")
                .hasSizeLessThan(40);
    }

    @Test
    void shouldPrintNothingOnStandardOutputByDefault() {
        int exit = run("generate", "--enterprises", "100", "--out", dir.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("(seed 42)");
    }

    @Test
    void shouldRejectAnEmptyDataSetAsAUsageError() {
        int exit = run("generate", "--enterprises", "0", "--out", dir.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--enterprises must be between 1 and");
    }

    @Test
    void shouldWriteTheLabelsFileAndSaySo() throws Exception {
        Path out = dir.resolve("csv");
        Path labels = dir.resolve("labels.csv");
        int exit = run(
                "generate",
                "--enterprises",
                "300",
                "--out",
                out.toString(),
                "--labels-out",
                labels.toString(),
                "--format",
                "json");

        assertThat(exit).isZero();
        JsonNode summary = Json.mapper().readTree(this.out.toString());
        long labelled = summary.get("labels").get("rows").asLong();
        assertThat(Files.readAllLines(labels))
                .hasSize((int) labelled + 1)
                .first()
                .isEqualTo("uscc,link_id");
        assertThat(err.toString()).contains("labelled memberships in " + labels);
        assertThat(Files.list(out)).hasSize(ImportFile.values().length);
    }

    @Test
    void shouldRefuseALabelsFileInsideTheDataFolder() {
        int exit = run(
                "generate",
                "--enterprises",
                "100",
                "--out",
                dir.toString(),
                "--labels-out",
                dir.resolve("labels.csv").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--labels-out must be outside --out");
    }
}
