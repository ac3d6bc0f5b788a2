package org.chainmap.analysis.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnFileTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadBackEveryKindOfArrayAcrossTheBuffer() throws Exception {
        Random random = new Random(7);
        // larger than the buffer, so that arrays and strings are split between two fills of it
        int[] ints = random.ints(ColumnFile.BUFFER / 3).toArray();
        long[] longs = random.longs(ColumnFile.BUFFER / 5).toArray();
        double[] doubles = random.doubles(ColumnFile.BUFFER / 7).toArray();
        doubles[3] = Double.NaN;
        byte[] bytes = new byte[ColumnFile.BUFFER + 13];
        random.nextBytes(bytes);
        String[] strings = new String[200_001];
        for (int i = 0; i < strings.length; i++) {
            strings[i] = i % 97 == 0 ? null : i % 3 == 0 ? "" : "企业" + i + "有限公司";
        }
        String[] coded = {"survey", null, "customs", "survey", "海关", null};
        Path file = dir.resolve("columns");
        try (var out = new ColumnFile.Writer(file)) {
            out.longValue(42);
            out.ints(ints);
            out.strings(strings);
            out.longs(longs);
            out.ints(new int[0]);
            out.doubles(doubles);
            out.bytes(bytes);
            out.coded(coded);
            out.strings(new String[0]);
        }
        try (var in = new ColumnFile.Reader(file)) {
            assertThat(in.longValue()).isEqualTo(42);
            assertThat(in.ints()).isEqualTo(ints);
            assertThat(in.strings()).isEqualTo(strings);
            assertThat(in.longs()).isEqualTo(longs);
            assertThat(in.ints()).isEmpty();
            assertThat(Arrays.equals(in.doubles(), doubles)).isTrue();
            assertThat(in.bytes()).isEqualTo(bytes);
            String[] back = in.coded();
            assertThat(back).isEqualTo(coded);
            assertThat(back[3]).as("one copy of each distinct string").isSameAs(back[0]);
            assertThat(in.strings()).isEmpty();
        }
    }

    @Test
    void shouldRefuseAFileThatEndsEarly() throws Exception {
        Path file = dir.resolve("columns");
        try (var out = new ColumnFile.Writer(file)) {
            out.ints(new int[1_000]);
        }
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length - 1));
        try (var in = new ColumnFile.Reader(file)) {
            assertThatThrownBy(in::ints).isInstanceOf(EOFException.class);
        }
    }
}
