package org.chainmap.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * The line of the first row of each key of one file, for telling duplicates. A supply tie's key is its pair of
 * enterprises, each numbered as first met, the two numbers packed in a {@code long} in a table of primitives: the
 * millions of ties of a large input would otherwise be as many strings, boxed lines and map entries (about 130 bytes
 * each), which the collector copies again and again while they are read.
 */
final class FirstLines {
    private final Map<String, Long> byKey = new HashMap<>();
    private final Map<String, Integer> enterprises = new HashMap<>();
    private long[] pairs = new long[1 << 10];
    private long[] lines = new long[1 << 10];
    private int size;

    /** The line of the first row with the key of {@code parsed}, or -1 when this row is the first; remembers it then. */
    long putIfAbsent(ParsedRow parsed, long line) {
        if (parsed.row() instanceof ImportRow.Supply s && s.supplier() != null && s.customer() != null) {
            return putPair(((long) number(s.supplier()) + 1) << 32 | number(s.customer()), line);
        }
        Long first = byKey.putIfAbsent(parsed.key(), line);
        return first == null ? -1 : first;
    }

    private int number(String uscc) {
        Integer n = enterprises.putIfAbsent(uscc, enterprises.size());
        return n == null ? enterprises.size() - 1 : n;
    }

    /** Open addressing, linear probing; 0 is no key (a packed pair never is, its high half starts at 1). */
    private long putPair(long pair, long line) {
        if (size * 2 >= pairs.length) {
            grow();
        }
        int mask = pairs.length - 1;
        for (int i = slot(pair, mask); ; i = (i + 1) & mask) {
            if (pairs[i] == pair) {
                return lines[i];
            }
            if (pairs[i] == 0) {
                pairs[i] = pair;
                lines[i] = line;
                size++;
                return -1;
            }
        }
    }

    private static int slot(long pair, int mask) {
        long h = pair * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private void grow() {
        long[] oldPairs = pairs;
        long[] oldLines = lines;
        pairs = new long[oldPairs.length * 2];
        lines = new long[oldLines.length * 2];
        int mask = pairs.length - 1;
        for (int j = 0; j < oldPairs.length; j++) {
            if (oldPairs[j] != 0) {
                int i = slot(oldPairs[j], mask);
                while (pairs[i] != 0) {
                    i = (i + 1) & mask;
                }
                pairs[i] = oldPairs[j];
                lines[i] = oldLines[j];
            }
        }
    }
}
