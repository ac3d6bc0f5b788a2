package org.chainmap.classify;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chainmap.domain.ChainmapException;

/**
 * A labelled set for {@code classify --evaluate}: a CSV of {@code uscc,link_id} (or 统一社会信用代码,环节编号), one
 * membership per line, UTF-8 with or without a byte order mark. Every bad line is named with its reason, all at once.
 */
public final class LabelFile {
    private LabelFile() {}

    /** Credit code → its labelled links. */
    public static Map<String, Set<String>> read(Path file) {
        Map<String, Set<String>> labels = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .setIgnoreEmptyLines(true)
                        .setTrim(true)
                        .get()
                        .parse(in)) {
            String uscc = column(csv, file, "uscc", "统一社会信用代码");
            String link = column(csv, file, "link_id", "环节编号");
            for (CSVRecord r : csv) {
                String code = r.isSet(uscc) ? r.get(uscc) : "";
                String id = r.isSet(link) ? r.get(link) : "";
                long line = r.getRecordNumber() + 1;
                if (code.isEmpty()) {
                    problems.add(file + ":" + line + ": uscc: value required");
                }
                if (id.isEmpty()) {
                    problems.add(file + ":" + line + ": link_id: value required");
                }
                if (!code.isEmpty() && !id.isEmpty()) {
                    labels.computeIfAbsent(code.toUpperCase(java.util.Locale.ROOT), k -> new TreeSet<>())
                            .add(id);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new ChainmapException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw new ChainmapException(String.join("\n", problems));
        }
        return labels;
    }

    private static String column(CSVParser csv, Path file, String name, String zh) {
        for (String h : csv.getHeaderNames()) {
            String bare = h.replace("\uFEFF", "").strip();
            if (bare.equalsIgnoreCase(name) || bare.equals(zh)) {
                return h;
            }
        }
        throw new ChainmapException(file + ":1: " + name + ": column missing (the header needs uscc and link_id)");
    }
}
