package org.chainmap.brief;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A vertical bar chart as a PNG, drawn with Java2D (headless): one bar per category with its value above it. Labels in
 * Chinese are drawn in the first installed font that can show them (the logical sans-serif font otherwise).
 */
final class BarChart {
    static final int WIDTH = 1200;
    static final int HEIGHT = 560;
    private static final Color BAR = new Color(0x2f, 0x5d, 0x8a);
    private static final List<String> CJK_FONTS = List.of(
            "Noto Sans CJK SC",
            "Source Han Sans SC",
            "WenQuanYi Micro Hei",
            "Microsoft YaHei",
            "SimHei",
            "PingFang SC");

    private final String title;
    private final Map<String, ? extends Number> bars;

    /** @param bars the value of each category, in the order drawn */
    BarChart(String title, Map<String, ? extends Number> bars) {
        this.title = title;
        this.bars = new LinkedHashMap<>(bars);
    }

    byte[] png() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            draw(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void draw(Graphics2D g) {
        String family = family(title + String.join("", bars.keySet()));
        g.setColor(Color.BLACK);
        g.setFont(new Font(family, Font.BOLD, 30));
        FontMetrics fm = g.getFontMetrics();
        g.drawString(title, (WIDTH - fm.stringWidth(title)) / 2, 44);
        int left = 60;
        int bottom = HEIGHT - 70;
        int top = 100;
        g.setStroke(new BasicStroke(2));
        g.drawLine(left, bottom, WIDTH - 30, bottom);
        double max =
                bars.values().stream().mapToDouble(Number::doubleValue).max().orElse(0);
        int n = Math.max(1, bars.size());
        int slot = (WIDTH - 30 - left) / n;
        int barWidth = Math.max(8, slot * 3 / 5);
        int i = 0;
        g.setFont(new Font(family, Font.PLAIN, 24));
        fm = g.getFontMetrics();
        for (Map.Entry<String, ? extends Number> bar : bars.entrySet()) {
            int x = left + i * slot + (slot - barWidth) / 2;
            double value = bar.getValue().doubleValue();
            int h = max <= 0 ? 0 : (int) Math.round((bottom - top) * value / max);
            g.setColor(BAR);
            g.fillRect(x, bottom - h, barWidth, h);
            g.setColor(Color.BLACK);
            String shown = BriefDocument.number(bar.getValue());
            g.drawString(shown, x + (barWidth - fm.stringWidth(shown)) / 2, bottom - h - 8);
            String label = bar.getKey();
            g.drawString(label, x + (barWidth - fm.stringWidth(label)) / 2, bottom + 34);
            i++;
        }
    }

    /** The first installed font of a few known CJK families that can show {@code text}; sans-serif otherwise. */
    private static String family(String text) {
        for (String name : CJK_FONTS) {
            Font font = new Font(name, Font.PLAIN, 12);
            if (font.getFamily().equals(name) && font.canDisplayUpTo(text) == -1) {
                return name;
            }
        }
        for (Font font : GraphicsEnvironment.getLocalGraphicsEnvironment().getAllFonts()) {
            if (font.canDisplayUpTo(text) == -1) {
                return font.getFamily();
            }
        }
        return Font.SANS_SERIF;
    }
}
