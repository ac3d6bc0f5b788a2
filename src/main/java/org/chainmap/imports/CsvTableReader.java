package org.chainmap.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chainmap.domain.ChainmapException;

/** Reads a CSV table (RFC 4180, as Excel writes it) in UTF-8, UTF-8 with BOM or GB18030. */
final class CsvTableReader implements TableReader {
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    CsvTableReader(String name, Supplier<InputStream> open) {
        this.name = name;
        try {
            Reader reader = TextDecoding.reader(open);
            this.parser =
                    CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            this.records = parser.iterator();
            this.header = records.hasNext() ? cells(records.next()) : List.of();
        } catch (UncheckedIOException e) {
            throw ImportRejectedException.of(name, 1, null, "malformed CSV: " + e.getMessage());
        } catch (IOException e) {
            throw new ChainmapException(name + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(cells::add);
        return cells;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw malformed(e);
        }
    }

    @Override
    public RawRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        try {
            CSVRecord r = records.next();
            // the line the record starts on; the header is line 1
            return new RawRow(r.getRecordNumber(), cells(r));
        } catch (UncheckedIOException e) {
            throw malformed(e);
        }
    }

    /**
     * The problem of a record the parser cannot read, on the line the record starts: commons-csv names it in its
     * message, as in "(startline 7) EOF reached before encapsulated token finished".
     */
    private ImportRejectedException malformed(UncheckedIOException e) {
        String why = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage()
                : String.valueOf(e.getMessage());
        long line = parser.getCurrentLineNumber();
        Matcher start = START_LINE.matcher(why);
        if (start.find()) {
            line = Long.parseLong(start.group(1));
            why = why.substring(start.end()).strip();
        }
        if (why.contains("EOF reached before encapsulated token finished")) {
            why = "a quoted cell that starts on this line is never closed (a '\"' is missing)";
        }
        return ImportRejectedException.of(name, line, null, "malformed CSV: " + why);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // read-only
        }
    }
}
