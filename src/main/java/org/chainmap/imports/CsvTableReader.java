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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chainmap.domain.ChainmapException;

/** Reads a CSV table (RFC 4180, as Excel writes it) in UTF-8, UTF-8 with BOM or GB18030. */
final class CsvTableReader implements TableReader {
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
        } catch (IOException | UncheckedIOException e) {
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
            throw new ChainmapException(name + ": malformed CSV: " + e.getMessage(), e);
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
            throw new ChainmapException(name + ": malformed CSV: " + e.getMessage(), e);
        }
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
