package org.chainmap.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An {@code .xlsx} workbook whose sheet names are the import file names without {@code .csv}. Numbers are read
 * exactly as stored; cells formatted as dates become {@code YYYY-MM-DD}. The workbook is checked against its
 * {@link WorkbookBounds} before the first read of it.
 */
final class XlsxSource implements ImportSource {
    private final Path file;
    private final WorkbookBounds bounds;
    private boolean checked;

    XlsxSource(Path file, WorkbookBounds bounds) {
        this.file = file;
        this.bounds = bounds;
    }

    @Override
    public String name() {
        return file.toString();
    }

    @Override
    public Optional<TableReader> open(ImportFile importFile) {
        ReadableWorkbook workbook = workbook();
        Optional<Sheet> sheet = workbook.getSheets()
                .filter(s -> s.getName().strip().equalsIgnoreCase(importFile.baseName()))
                .findFirst();
        if (sheet.isEmpty()) {
            closeQuietly(workbook);
            return Optional.empty();
        }
        return Optional.of(
                new SheetReader(file.getFileName() + "#" + sheet.get().getName(), workbook, sheet.get()));
    }

    @Override
    public List<String> unknownFiles() {
        try (ReadableWorkbook workbook = workbook()) {
            return workbook.getSheets()
                    .map(Sheet::getName)
                    .filter(n -> ImportFile.byBaseName(n.strip()).isEmpty())
                    .toList();
        } catch (IOException e) {
            throw ImportRejectedException.of(file.toString(), 0, null, "cannot read the workbook: " + e.getMessage());
        }
    }

    private ReadableWorkbook workbook() {
        synchronized (this) {
            if (!checked) {
                bounds.check(file, file.toString());
                checked = true;
            }
        }
        try {
            return new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
        } catch (IOException | RuntimeException e) {
            throw ImportRejectedException.of(
                    file.toString(), 0, null, "not a readable .xlsx workbook: " + e.getMessage());
        }
    }

    private static void closeQuietly(ReadableWorkbook workbook) {
        try {
            workbook.close();
        } catch (IOException ignored) {
            // read-only
        }
    }

    /** Formats a cell as the text a CSV export of the sheet would hold. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getType()) {
            case NUMBER -> isDate(cell.getDataFormatString()) ? date(cell.asDate()) : plain(cell.asNumber());
            case BOOLEAN -> cell.asBoolean().toString();
            case STRING -> cell.asString();
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case EMPTY -> "";
            case ERROR -> cell.getRawValue();
        };
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    private static String date(LocalDateTime t) {
        return t.toLocalDate().toString();
    }

    /** True for number formats that show a date: y, m or d outside quotes and brackets, as Excel's built-ins do. */
    static boolean isDate(String format) {
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase();
        return bare.contains("y") || bare.contains("d") || (bare.contains("m") && !bare.contains("0"));
    }

    private static final class SheetReader implements TableReader {
        private final String name;
        private final ReadableWorkbook workbook;
        private final Stream<Row> stream;
        private final Iterator<Row> rows;
        private final List<String> header;

        SheetReader(String name, ReadableWorkbook workbook, Sheet sheet) {
            this.name = name;
            this.workbook = workbook;
            try {
                this.stream = sheet.openStream();
            } catch (IOException e) {
                throw ImportRejectedException.of(name, 0, null, "cannot read the sheet: " + e.getMessage());
            }
            this.rows = stream.iterator();
            this.header = rows.hasNext() ? cells(rows.next()) : List.of();
        }

        private List<String> cells(Row row) {
            List<String> cells = new ArrayList<>(row.getCellCount());
            for (int i = 0; i < row.getCellCount(); i++) {
                String text = text(row.getCell(i));
                if (text.length() > WorkbookBounds.MAX_CELL_CHARS) {
                    throw ImportRejectedException.of(
                            name,
                            row.getRowNum(),
                            header != null && i < header.size() ? header.get(i) : null,
                            "a cell of " + text.length() + " characters, over Excel's limit of "
                                    + WorkbookBounds.MAX_CELL_CHARS);
                }
                cells.add(text);
            }
            while (!cells.isEmpty() && cells.getLast().isEmpty()) {
                cells.removeLast();
            }
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

        private RawRow pending;

        @Override
        public boolean hasNext() {
            while (pending == null && nextRowExists()) {
                Row row = nextRow();
                List<String> cells = cells(row);
                if (!cells.isEmpty()) {
                    while (cells.size() < header.size()) {
                        cells.add(""); // Excel does not store empty trailing cells
                    }
                    pending = new RawRow(row.getRowNum(), cells);
                }
            }
            return pending != null;
        }

        private boolean nextRowExists() {
            return readingXml(rows::hasNext);
        }

        private Row nextRow() {
            return readingXml(rows::next);
        }

        /** The reader's own failures on XML it cannot parse become a problem of the sheet. */
        private <T> T readingXml(java.util.function.Supplier<T> step) {
            try {
                return step.get();
            } catch (ImportRejectedException e) {
                throw e;
            } catch (RuntimeException e) {
                String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw ImportRejectedException.of(name, 0, null, "malformed sheet: " + why);
            }
        }

        @Override
        public RawRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RawRow r = pending;
            pending = null;
            return r;
        }

        @Override
        public void close() {
            stream.close();
            closeQuietly(workbook);
        }

        @Override
        public String toString() {
            return name + Arrays.toString(header.toArray());
        }
    }
}
