package org.chainmap.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an {@code .xlsx} workbook before it is read, in constant memory, so that a small file cannot make the
 * reader hold gigabytes: every entry is inflated once, counting what comes out (the sizes a ZIP declares are not
 * trusted), and refused past {@code maxEntryBytes} or {@value #MAX_RATIO} times its compressed size; its XML is
 * scanned for declarations of a DTD or entities (never needed by a workbook) and for text that could not be one
 * cell of Excel, or tags and rows of a size no sheet of the import format has. The exact limit of a cell, Excel's
 * {@value #MAX_CELL_CHARS} characters, is checked on the cell as it is read ({@link XlsxSource}).
 *
 * <p>Cost: one pass of inflation over the workbook, stopped at the first refusal.
 */
final class WorkbookBounds {
    /** Excel's own limit on the characters of a cell. */
    static final int MAX_CELL_CHARS = 32_767;
    /** An entry may inflate to at most this many times its compressed size (past {@link #GRACE_BYTES}). */
    static final int MAX_RATIO = 100;
    /** Entries smaller than this inflate as they like: a short XML part compresses well. */
    static final long GRACE_BYTES = 1L << 20;
    /** The default bound of an entry: 20 times the server's default upload limit. */
    static final long DEFAULT_MAX_ENTRY_BYTES = 20L * 64 * 1024 * 1024;

    /** Raw characters of one cell's text in the XML: entities such as {@code &#x10FFFF;} take up to ten per one. */
    private static final long MAX_RAW_CELL = 10L * MAX_CELL_CHARS;
    /** Raw characters of the text of one row: a row of the import format has a dozen cells. */
    private static final long MAX_RAW_ROW = 64 * MAX_RAW_CELL;
    /** Bytes of one tag with its attributes. */
    private static final int MAX_TAG_BYTES = 64 * 1024;

    private static final int MAX_ENTRIES = 10_000;

    private final long maxEntryBytes;

    WorkbookBounds(long maxEntryBytes) {
        if (maxEntryBytes < GRACE_BYTES) {
            throw new IllegalArgumentException(
                    "the bound of a workbook entry must be at least 1 MB, got " + maxEntryBytes);
        }
        this.maxEntryBytes = maxEntryBytes;
    }

    /** Throws {@link ImportRejectedException} naming {@code shown} when the workbook is not within bounds. */
    void check(Path workbook, String shown) {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw refused(shown, "a workbook of " + zip.size() + " parts; at most " + MAX_ENTRIES + " are read");
            }
            long total = 0;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                total += scan(zip, entry, shown, maxEntryBytes - total);
            }
        } catch (ZipException e) {
            throw refused(shown, "not an .xlsx workbook (not a ZIP archive: " + e.getMessage() + ")");
        } catch (IOException e) {
            throw refused(shown, "cannot read the workbook: " + e.getMessage());
        }
    }

    /** Inflates one entry, counting and scanning; returns its inflated size. */
    private long scan(ZipFile zip, ZipEntry entry, String shown, long budget) throws IOException {
        String name = entry.getName();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean xml = lower.endsWith(".xml") || lower.endsWith(".rels");
        long compressed = Math.max(1, entry.getCompressedSize());
        long byRatio = Math.max(GRACE_BYTES, compressed * MAX_RATIO);
        XmlScan xmlScan = xml ? new XmlScan(shown, name) : null;
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                inflated += n;
                if (inflated > maxEntryBytes) {
                    throw refused(
                            shown,
                            "part " + name + " inflates past " + mb(maxEntryBytes)
                                    + ", the bound of what a workbook may hold");
                }
                if (inflated > budget) {
                    throw refused(
                            shown,
                            "the workbook's parts inflate past " + mb(maxEntryBytes)
                                    + " in all, the bound of what a workbook may hold");
                }
                if (inflated > byRatio) {
                    throw refused(
                            shown,
                            "part " + name + " inflates to more than " + MAX_RATIO + " times its compressed size of "
                                    + compressed + " bytes (a ZIP bomb?)");
                }
                if (xmlScan != null) {
                    xmlScan.feed(buffer, n);
                }
            }
        }
        return inflated;
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }

    static ImportRejectedException refused(String file, String reason) {
        return ImportRejectedException.of(file, 0, null, reason);
    }

    /**
     * A byte-level look at XML without building it: the text since the last start of a cell ({@code <c>} of a
     * sheet, {@code <si>} of the shared strings) or of a row, the length of each tag, and any declaration.
     */
    private static final class XmlScan {
        private final String file;
        private final String part;
        private boolean inTag;
        private int tagBytes;
        private final StringBuilder tagName = new StringBuilder();
        private boolean nameDone;
        private long cellText;
        private long rowText;

        XmlScan(String file, String part) {
            this.file = file;
            this.part = part;
        }

        void feed(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (inTag) {
                    inTag(b);
                } else if (b == '<') {
                    inTag = true;
                    tagBytes = 0;
                    tagName.setLength(0);
                    nameDone = false;
                } else if ((b & 0xC0) != 0x80) {
                    if (++cellText > MAX_RAW_CELL) {
                        throw refused(
                                file,
                                "part " + part + " holds a cell of more than " + MAX_CELL_CHARS
                                        + " characters, Excel's limit");
                    }
                    if (++rowText > MAX_RAW_ROW) {
                        throw refused(file, "part " + part + " holds a row longer than any sheet of the import format");
                    }
                }
            }
        }

        private void inTag(byte b) {
            if (++tagBytes > MAX_TAG_BYTES) {
                throw refused(file, "part " + part + " holds a tag of more than " + MAX_TAG_BYTES + " bytes");
            }
            if (b == '>') {
                inTag = false;
                endOfName();
                return;
            }
            if (!nameDone) {
                if (b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == '/' && !tagName.isEmpty()) {
                    endOfName();
                } else if (tagName.length() < 16) {
                    tagName.append((char) (b & 0xFF));
                }
            }
        }

        private void endOfName() {
            if (nameDone) {
                return;
            }
            nameDone = true;
            String name = tagName.toString();
            if (name.startsWith("!DOCTYPE") || name.startsWith("!ENTITY")) {
                throw refused(file, "part " + part + " declares a DTD or entities, which a workbook never needs");
            }
            String local = name.substring(name.indexOf(':') + 1);
            switch (local) {
                case "c", "si" -> cellText = 0;
                case "row" -> {
                    cellText = 0;
                    rowText = 0;
                }
                default -> {
                    // other tags do not start a new cell
                }
            }
        }
    }
}
