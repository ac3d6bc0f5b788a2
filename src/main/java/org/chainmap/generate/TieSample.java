package org.chainmap.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Which supply ties reach {@code supplies.csv}: all of them, or, in a sparse data set, the share a district bureau
 * might know of: one tie in {@link #SPARSE_EVERY} (2 %, the first of every fifty in the order they are drawn), and
 * at least {@link #SPARSE_AT_LEAST} (or all there are) however small the data set. A kept tie's row is the one the
 * full data set of the same seed holds.
 */
final class TieSample {
    static final int SPARSE_EVERY = 50;
    static final int SPARSE_AT_LEAST = 5;

    private final CsvTable table;
    private final boolean sparse;
    private final List<String[]> heldBack = new ArrayList<>();
    private long offered;
    private long kept;

    private TieSample(CsvTable table, boolean sparse) {
        this.table = table;
        this.sparse = sparse;
    }

    static TieSample all(CsvTable table) {
        return new TieSample(table, false);
    }

    static TieSample sparse(CsvTable table) {
        return new TieSample(table, true);
    }

    /** The most ties a sparse sample of {@code ties} keeps. */
    static long sparseKept(long ties) {
        return Math.max(Math.min(ties, SPARSE_AT_LEAST), (ties + SPARSE_EVERY - 1) / SPARSE_EVERY);
    }

    /** A tie's row, written if the sample keeps it. */
    void offer(String... cells) {
        long n = offered++;
        if (!sparse || n % SPARSE_EVERY == 0) {
            table.row(cells);
            kept++;
        } else if (n < SPARSE_AT_LEAST) {
            heldBack.add(cells);
        }
    }

    /** Writes the ties held back when the sample would otherwise keep fewer than {@link #SPARSE_AT_LEAST}. */
    void finish() {
        for (String[] cells : heldBack) {
            if (kept >= SPARSE_AT_LEAST) {
                break;
            }
            table.row(cells);
            kept++;
        }
        heldBack.clear();
    }
}
