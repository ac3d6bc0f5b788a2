package org.chainmap.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.chainmap.imports.ImportFile;

/** Reads generated files back, independently of the generator: rows by column name, and file digests. */
final class GeneratedFiles {
    private final Path folder;

    GeneratedFiles(Path folder) {
        this.folder = folder;
    }

    List<String> header(ImportFile file) {
        try (Reader in = Files.newBufferedReader(folder.resolve(file.csvName()), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(in).iterator().next().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The data rows of a file, each a map from column name to cell. */
    List<Map<String, String>> rows(ImportFile file) {
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (Reader in = Files.newBufferedReader(folder.resolve(file.csvName()), StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : format.parse(in)) {
                rows.add(r.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of every file of the format, by file name. */
    Map<String, String> digests() {
        Map<String, String> digests = new LinkedHashMap<>();
        for (ImportFile f : ImportFile.values()) {
            try {
                byte[] hash =
                        MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(folder.resolve(f.csvName())));
                digests.put(f.csvName(), HexFormat.of().formatHex(hash));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return digests;
    }
}
