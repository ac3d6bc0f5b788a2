package org.chainmap.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Copies of the test data sets under {@code src/test/resources/fixtures}, to change file by file in a test. */
public final class Fixtures {
    public static final String BATTERY = "91370215MA0000001W";
    public static final String MOTOR = "91370282MA00000021";
    public static final String MATERIALS = "91320500MA00000036";
    public static final String CHIPS = "91440300MA0000004X";
    public static final String ASSEMBLER = "91370215MA00000059";
    public static final String RECYCLER = "91330200MA00000064";

    private Fixtures() {}

    /** Copies fixture {@code name} into {@code dir} and returns {@code dir}. */
    public static Path copy(String name, Path dir) {
        try {
            Path source = Path.of(Fixtures.class
                    .getClassLoader()
                    .getResource("fixtures/" + name)
                    .toURI());
            try (Stream<Path> files = Files.list(source)) {
                for (Path f : files.toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void write(Path dir, String file, String content) {
        try {
            Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void append(Path dir, String file, String line) {
        try {
            Files.writeString(
                    dir.resolve(file), line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes each CSV of {@code folder} as a sheet; numbers as numeric cells, as Excel would keep them. */
    public static void workbook(Path folder, Path book) throws IOException {
        try (OutputStream out = Files.newOutputStream(book);
                var files = Files.list(folder)) {
            Workbook wb = new Workbook(out, "chainmap-test", "1.0");
            for (Path csv : files.sorted().toList()) {
                String name = csv.getFileName().toString().replace(".csv", "");
                Worksheet ws = wb.newWorksheet(name);
                List<CSVRecord> records =
                        CSVFormat.RFC4180.parse(Files.newBufferedReader(csv)).getRecords();
                for (int r = 0; r < records.size(); r++) {
                    for (int c = 0; c < records.get(r).size(); c++) {
                        String v = records.get(r).get(c);
                        if (r > 0 && v.matches("-?\\d+(\\.\\d+)?") && v.length() < 15) {
                            ws.value(r, c, new java.math.BigDecimal(v));
                        } else if (!v.isEmpty()) {
                            ws.value(r, c, v);
                        }
                    }
                }
            }
            wb.finish();
        }
    }
}
