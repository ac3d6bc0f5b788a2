package org.chainmap.brief;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * A Word document laid out as Chinese government offices lay out their documents (GB/T 9704): A4 portrait with margins
 * of 37 mm (top), 35 mm (bottom), 28 mm (left) and 26 mm (right); the title in 方正小标宋简体 二号 (22 pt), headings
 * in 黑体 三号 (16 pt), text in 仿宋_GB2312 三号, tables in 仿宋_GB2312 五号 (10.5 pt); Latin letters and digits in
 * Times New Roman.
 */
final class Word implements AutoCloseable {
    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String TEXT_FONT = "仿宋_GB2312";
    static final String LATIN_FONT = "Times New Roman";

    /** A4 in twentieths of a point, and the margins: 1 mm is 56.7 twips. */
    private static final long A4_WIDTH = 11906;

    private static final long A4_HEIGHT = 16838;
    private static final long TOP = 2098;
    private static final long BOTTOM = 1984;
    private static final long LEFT = 1588;
    private static final long RIGHT = 1474;

    /** The width between the margins, in points. */
    static final double TEXT_WIDTH_PT = (A4_WIDTH - LEFT - RIGHT) / 20.0;

    private final XWPFDocument doc = new XWPFDocument();

    Word() {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(LEFT));
        margins.setRight(BigInteger.valueOf(RIGHT));
    }

    void title(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(240);
        run(p, text, TITLE_FONT, 22, false);
    }

    /** A centred line under the title, such as the day described. */
    void subtitle(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(240);
        run(p, text, TEXT_FONT, 16, false);
    }

    void heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingBefore(240);
        p.setSpacingAfter(120);
        p.setKeepNext(true);
        run(p, text, HEADING_FONT, 16, false);
    }

    void paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setIndentationFirstLine(640);
        run(p, text, TEXT_FONT, 16, false);
    }

    /** A small note, such as where the figures come from. */
    void note(String text) {
        XWPFParagraph p = doc.createParagraph();
        run(p, text, TEXT_FONT, 10.5, false);
    }

    /** A table as wide as the text, its header row in bold on grey. */
    void table(List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        fill(table.getRow(0), header, true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), false);
        }
        table.getRow(0).setRepeatHeader(true);
    }

    private void fill(XWPFTableRow row, List<String> cells, boolean header) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            if (header) {
                cell.setColor("D9D9D9");
            }
            XWPFParagraph p = cell.getParagraphs().getFirst();
            run(p, cells.get(c) == null ? "" : cells.get(c), TEXT_FONT, 10.5, header);
        }
    }

    /** A PNG as wide as the text, its height in proportion. */
    void picture(byte[] png, String name, int widthPx, int heightPx) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        double width = TEXT_WIDTH_PT;
        double height = width * heightPx / widthPx;
        try {
            p.createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            Document.PICTURE_TYPE_PNG,
                            name,
                            Units.toEMU(width),
                            Units.toEMU(height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("a PNG the document does not take: " + name, e);
        }
    }

    private static void run(XWPFParagraph p, String text, String eastAsian, double points, boolean bold) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setFontFamily(eastAsian, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(LATIN_FONT, XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(points);
        run.setBold(bold);
    }

    void write(OutputStream out) {
        try {
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
