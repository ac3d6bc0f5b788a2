package org.chainmap.generate;

import java.util.ArrayList;
import java.util.List;

/** The rows and bytes of each file written, in the order written. */
final class FileTally {
    private final List<GenerationSummary.FileRows> files = new ArrayList<>();

    /** Records a table; call it when the table is complete (it is closed here if still open). */
    void add(CsvTable table) {
        table.close();
        files.add(new GenerationSummary.FileRows(table.name(), table.rows(), table.bytes()));
    }

    List<GenerationSummary.FileRows> files() {
        return List.copyOf(files);
    }
}
