package org.chainmap.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks made to hurt a reader, written by the tests since some would be large to keep: a cell or a shared string
 * that inflates to 1.1 GB from about a megabyte, a cell just over Excel's limit, entity declarations. Each is a
 * well-formed {@code .xlsx} otherwise, with one sheet named {@code chains}.
 */
public final class HostileWorkbooks {
    /** What the bombs inflate to: 1.1 GB of one letter. */
    public static final long BOMB_BYTES = 1_100L * 1024 * 1024;

    private HostileWorkbooks() {}

    /** One inline cell of {@link #BOMB_BYTES} letters in the sheet. */
    public static Path inlineCellBomb(Path file) {
        return write(file, sheet("<c r=\"A2\" t=\"inlineStr\"><is><t>", BOMB_BYTES, "</t></is></c>"), null);
    }

    /** One shared string of {@link #BOMB_BYTES} letters, used by a cell of the sheet. */
    public static Path sharedStringBomb(Path file) {
        Part strings = new Part(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\"3\" uniqueCount=\"3\">"
                        + "<si><t>id</t></si><si><t>name</t></si><si><t>",
                BOMB_BYTES,
                "</t></si></sst>");
        return write(file, sheet("<c r=\"A2\" t=\"s\"><v>2</v></c>", 0, ""), strings);
    }

    /**
     * A sheet of {@code bytes} of identical rows, each within every bound of a cell or a row: only the ratio of the
     * part to its compressed size gives it away.
     */
    public static Path rowFlood(Path file, long bytes) {
        Part flood = new Part(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + HEADER_ROW,
                "<row><c t=\"inlineStr\"><is><t>nev</t></is></c><c t=\"inlineStr\"><is><t>x</t></is></c></row>",
                bytes,
                "</sheetData></worksheet>");
        return write(file, flood, null);
    }

    /** A cell of {@code chars} random letters, which compress about as much as text does. */
    public static Path longCell(Path file, int chars) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(chars);
        for (int i = 0; i < chars; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return write(file, sheet("<c r=\"A2\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>", 0, ""), null);
    }

    /** The sheet's XML declares an external entity and uses it in a cell. */
    public static Path externalEntity(Path file) {
        String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
        return write(file, sheetWithProlog(doctype, "<c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c>"), null);
    }

    /** The sheet's XML declares entities nested ten deep, ten times each ("billion laughs"). */
    public static Path nestedEntities(Path file) {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"");
            doctype.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");
        return write(
                file,
                sheetWithProlog(doctype.toString(), "<c r=\"A2\" t=\"inlineStr\"><is><t>&lol9;</t></is></c>"),
                null);
    }

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String HEADER_ROW = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>"
            + "<c r=\"B1\" t=\"inlineStr\"><is><t>name</t></is></c></row>";

    /** XML written as a head, {@code repeat} bytes of copies of {@code unit}, and a tail. */
    private record Part(String head, String unit, long repeat, String tail) {
        Part(String head, long letters, String tail) {
            this(head, "A", letters, tail);
        }
    }

    private static Part sheet(String cellHead, long repeat, String cellTail) {
        return new Part(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData>" + HEADER_ROW
                        + "<row r=\"2\">" + cellHead,
                repeat,
                cellTail + "<c r=\"B2\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>");
    }

    private static Part sheetWithProlog(String doctype, String cell) {
        return new Part(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                        + HEADER_ROW + "<row r=\"2\">" + cell
                        + "<c r=\"B2\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>",
                0,
                "");
    }

    private static Path write(Path file, Part sheet, Part sharedStrings) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            String overrides = "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (sharedStrings == null
                            ? ""
                            : "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                                    + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            text(
                    zip,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                            + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/"
                            + "vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" + overrides + "</Types>");
            text(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                            + "http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            text(
                    zip,
                    "xl/workbook.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + MAIN + "\" xmlns:r=\""
                            + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                            + "<sheet name=\"chains\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            text(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                            + "http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            + "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                            + "relationships/styles\" Target=\"styles.xml\"/>"
                            + (sharedStrings == null
                                    ? ""
                                    : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/"
                                            + "officeDocument/2006/relationships/sharedStrings\" "
                                            + "Target=\"sharedStrings.xml\"/>")
                            + "</Relationships>");
            text(
                    zip,
                    "xl/styles.xml",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN + "\">"
                            + "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs></styleSheet>");
            part(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings != null) {
                part(zip, "xl/sharedStrings.xml", sharedStrings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void text(ZipOutputStream zip, String name, String xml) throws IOException {
        part(zip, name, new Part(xml, 0L, ""));
    }

    private static void part(ZipOutputStream zip, String name, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(part.head().getBytes(StandardCharsets.UTF_8));
        byte[] unit = part.unit().getBytes(StandardCharsets.UTF_8);
        byte[] block = new byte[(1 << 20) / unit.length * unit.length];
        for (int i = 0; i < block.length; i += unit.length) {
            System.arraycopy(unit, 0, block, i, unit.length);
        }
        long whole = part.repeat() / unit.length * unit.length;
        for (long left = whole; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
        out.write(part.tail().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
