package org.chainmap.imports;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/** Reads one table of an import: its header, then its rows. */
interface TableReader extends Closeable, Iterator<RawRow> {
    /** The name problems are reported under, e.g. {@code data/enterprises.csv} or {@code book.xlsx#enterprises}. */
    String name();

    List<String> header();

    @Override
    void close();
}
