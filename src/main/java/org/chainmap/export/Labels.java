package org.chainmap.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What the spreadsheets made for people call each column and each coded value, in Chinese or English, what each
 * column means and how its numbers are shown ({@code labels.properties}). A column or value not in the catalogue
 * keeps its code, so nothing is ever left out.
 */
public final class Labels {
    /** The language of a spreadsheet made for people. */
    public enum Lang {
        ZH,
        EN;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code zh} or {@code en} (any case); null when the text is neither. */
        public static Lang of(String text) {
            if (text == null) {
                return null;
            }
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "zh" -> ZH;
                case "en" -> EN;
                default -> null;
            };
        }
    }

    private static final Properties CATALOGUE = load();

    private final Lang lang;

    private Labels(Lang lang) {
        this.lang = lang;
    }

    public static Labels in(Lang lang) {
        return new Labels(lang);
    }

    public Lang lang() {
        return lang;
    }

    /** The header label of a column of a sheet. */
    public String column(String sheet, String field) {
        return entry(sheet, field, "").orElse(field);
    }

    /** What a column of a sheet means, or empty text when the catalogue does not say. */
    public String about(String sheet, String field) {
        return entry(sheet, field, ".about").orElse("");
    }

    /** The Excel number format of a column, or null for Excel's general one. */
    public static String format(String sheet, String field) {
        String specific = CATALOGUE.getProperty("in." + sheet + "." + field + ".format");
        return specific != null ? specific : CATALOGUE.getProperty("column." + field + ".format");
    }

    /** A coded value as shown: an enum name, a boolean, or several codes joined by {@code ;}; other text as it is. */
    public String value(String code) {
        String one = CATALOGUE.getProperty("value." + code + "." + lang.key());
        if (one != null) {
            return one;
        }
        if (code.contains(";")) {
            String[] parts = code.split(";", -1);
            StringBuilder b = new StringBuilder();
            for (String part : parts) {
                String label = CATALOGUE.getProperty("value." + part + "." + lang.key());
                if (label == null) {
                    return code;
                }
                b.append(b.isEmpty() ? "" : "；").append(label);
            }
            return b.toString();
        }
        return code;
    }

    /** What a download holds, by the kind of list ({@code targets}, {@code projects-stalled} …). */
    public String title(String kind) {
        String t = CATALOGUE.getProperty("title." + kind + "." + lang.key());
        return t != null ? t : kind;
    }

    /** A worksheet's name in this language. */
    public String sheet(String name) {
        String t = CATALOGUE.getProperty("sheet." + name + "." + lang.key());
        return t != null ? t : name;
    }

    /** One of the few words of title rows and the notes sheet ({@code filters}, {@code exported} …). */
    public String word(String key) {
        String t = CATALOGUE.getProperty("word." + key + "." + lang.key());
        return t != null ? t : key;
    }

    /**
     * A sentence of the catalogue ({@code sentence.<key>}) with its {@code {name}} placeholders filled in from {@code
     * values}; the key itself when the catalogue has no such sentence.
     */
    public String sentence(String key, Map<String, String> values) {
        String pattern = CATALOGUE.getProperty("sentence." + key + "." + lang.key());
        if (pattern == null) {
            return key;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int at = 0;
        while (at < pattern.length()) {
            int open = pattern.indexOf('{', at);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (close < 0) {
                out.append(pattern, at, pattern.length());
                break;
            }
            String name = pattern.substring(open + 1, close);
            out.append(pattern, at, open).append(values.getOrDefault(name, "{" + name + "}"));
            at = close + 1;
        }
        return out.toString();
    }

    /**
     * A figure of the headline by its dotted name ({@code figure.<name>}, such as {@code chainProjects.TALKS}); without
     * an entry, its parts' labels joined by a middle dot (a part's {@code figure.} entry, a coded value, or the part).
     */
    public String figure(String dotted) {
        String whole = CATALOGUE.getProperty("figure." + dotted + "." + lang.key());
        if (whole != null) {
            return whole;
        }
        StringBuilder label = new StringBuilder();
        String prefix = "";
        for (String part : dotted.split("\\.")) {
            prefix = prefix.isEmpty() ? part : prefix + "." + part;
            String named = CATALOGUE.getProperty("figure." + prefix + "." + lang.key());
            label.append(label.isEmpty() ? "" : "·").append(named != null ? named : value(part));
        }
        return label.toString();
    }

    /** A filter's name, for the title rows. */
    public String param(String name) {
        String p = CATALOGUE.getProperty("param." + name + "." + lang.key());
        return p != null ? p : name;
    }

    /** Whether the catalogue names this column (of this sheet). */
    public boolean knows(String sheet, String field) {
        return entry(sheet, field, "").isPresent();
    }

    private java.util.Optional<String> entry(String sheet, String field, String part) {
        String specific = CATALOGUE.getProperty("in." + sheet + "." + field + part + "." + lang.key());
        if (specific != null) {
            return java.util.Optional.of(specific);
        }
        return java.util.Optional.ofNullable(CATALOGUE.getProperty("column." + field + part + "." + lang.key()));
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream("labels.properties")) {
            if (in == null) {
                throw new IllegalStateException("labels.properties is missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
