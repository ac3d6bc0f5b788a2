package org.chainmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What a long import or generation shows on a terminal: count, rate, and the time left where the total is known. */
class TerminalProgressTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldTellTheRateAndTheTimeLeftOfATaskWithATotal() {
        assertThat(TerminalProgress.line("writing enterprises.csv", 350_000, 1_000_000, 7 * SECOND))
                .isEqualTo("writing enterprises.csv: 350,000 / 1,000,000 · 50,000/s · about 13 s left");
        assertThat(TerminalProgress.line("writing supplies.csv", 1_000_000, 5_000_000, 10 * SECOND))
                .isEqualTo("writing supplies.csv: 1,000,000 / 5,000,000 · 100,000/s · about 40 s left");
        assertThat(TerminalProgress.line("supplies", 10_000, 3_550_000, 10 * SECOND))
                .isEqualTo("supplies: 10,000 / 3,550,000 · 1,000/s · about 59 min left");
    }

    @Test
    void shouldTellTheRateAndTheTimeSpentOfATaskWithoutATotal() {
        assertThat(TerminalProgress.line("checking enterprises.csv", 200_000, -1, 4 * SECOND))
                .isEqualTo("checking enterprises.csv: 200,000 · 50,000/s · 4 s");
        assertThat(TerminalProgress.line("checking links.csv", 12, -1, SECOND / 10))
                .as("too soon to tell a rate")
                .isEqualTo("checking links.csv: 12");
    }

    @Test
    void shouldDrawAtMostFourTimesASecondAndEndEachTaskOnItsOwnLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong(SECOND);
        var progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, now::get);
        for (int i = 1; i <= 100; i++) {
            now.addAndGet(SECOND / 100);
            progress.update("writing links.csv", i * 1000L, 100_000);
        }
        progress.finish("writing links.csv", 100_000);
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertThat(shown.split("\r", -1).length - 1).isBetween(4, 6);
        assertThat(shown).contains("writing links.csv: 100,000 · ").endsWith(" · 1 s\u001b[K" + System.lineSeparator());
    }

    @Test
    void shouldStaySilentWhenStandardErrorIsNotATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var progress =
                new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, System::nanoTime);
        progress.update("writing links.csv", 10, 100);
        progress.finish("writing links.csv", 100);
        assertThat(bytes.size()).isZero();
    }
}
