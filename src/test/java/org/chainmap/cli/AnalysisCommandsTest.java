package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.chainmap.domain.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** What the analysis commands check before they touch the store (so no Neo4j is needed here). */
class AnalysisCommandsTest {
    @TempDir
    Path dir;

    private int run(StringWriter err, String... args) {
        CommandLine cl = ChainmapCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void shouldRefuseXlsxWithoutAnOutputFileBeforeOpeningTheStore() {
        StringWriter err = new StringWriter();
        int code = run(
                err,
                "gaps",
                "--chain",
                "ev",
                "--format",
                "xlsx",
                "--data",
                dir.resolve("data").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--format xlsx needs --out FILE");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void shouldAskForAChainOrAll() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "gaps")).isEqualTo(2);
        assertThat(run(err, "gaps", "--chain", "ev", "--all")).isEqualTo(2);
        assertThat(run(err, "referrals")).isEqualTo(2);
        assertThat(run(err, "targets")).isEqualTo(2);
        assertThat(err.toString()).contains("give --chain ID, or --all for every chain");
    }

    @Test
    void shouldTakeSpaceNeedsOnlyForAnEnterprisesParks() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "parks", "--area-sqm", "2000")).isEqualTo(2);
        assertThat(err.toString()).contains("--area-sqm, --floor-load and --height go with --for USCC");
        assertThat(run(err, "parks", "--for", "91370215MA0000001W", "--height=-1"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("height must be a number of zero or more");
    }

    @Test
    void shouldRejectAPageOutOfRange() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "targets", "--chain", "ev", "--limit", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("limit must be between 1 and");
    }

    @ParameterizedTest
    @CsvSource({"SRDI, SRDI", "srdi, SRDI", "专精特新, SRDI", "小巨人, LITTLE_GIANT", "上市, LISTED", "高新, HIGH_TECH"})
    void shouldAcceptTagsInEnglishOrChinese(String given, Tag expected) {
        assertThat(new TargetsCommand.TagConverter().convert(given)).isEqualTo(expected);
    }

    @Test
    void shouldRejectAnUnknownTag() {
        assertThatThrownBy(() -> new TargetsCommand.TagConverter().convert("famous"))
                .isInstanceOf(CommandLine.TypeConversionException.class);
    }
}
