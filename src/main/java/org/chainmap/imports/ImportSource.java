package org.chainmap.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.chainmap.domain.ChainmapException;

/** Where the import files come from: a folder of CSV files, an XLSX workbook, or the demo data on the classpath. */
public interface ImportSource {
    /** Describes the source in messages. */
    String name();

    /** Opens the table for {@code file}, or empty when the source does not have it (every file is optional). */
    Optional<TableReader> open(ImportFile file);

    /** File names in the source that are not part of the import format, so a typo does not pass silently. */
    default List<String> unknownFiles() {
        return List.of();
    }

    /** A folder of CSV files or an {@code .xlsx} workbook, read within the default bounds of a workbook. */
    static ImportSource of(Path path) {
        return of(path, WorkbookBounds.DEFAULT_MAX_ENTRY_BYTES);
    }

    /**
     * A folder of CSV files or an {@code .xlsx} workbook; a workbook is checked first (SPEC section 15): no part of
     * it may inflate past {@code maxWorkbookEntryBytes} or a hundred times its compressed size, declare a DTD, or
     * hold a cell over Excel's 32,767 characters. A workbook outside these bounds is an {@link
     * ImportRejectedException}.
     */
    static ImportSource of(Path path, long maxWorkbookEntryBytes) {
        if (Files.isDirectory(path)) {
            return new CsvFolderSource(path);
        }
        if (Files.isRegularFile(path)
                && path.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
            return new XlsxSource(path, new WorkbookBounds(maxWorkbookEntryBytes));
        }
        if (!Files.exists(path)) {
            throw new ChainmapException(path + ": no such file or folder");
        }
        throw new ChainmapException(path + ": expected a folder of CSV files or an .xlsx workbook");
    }
}
