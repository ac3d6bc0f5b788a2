package org.chainmap.domain;

/**
 * The search box of a list of enterprises: text contained in an enterprise's name or in its credit code, Latin
 * letters matched in either case (a credit code typed in lower case finds it); other characters, Chinese ones
 * included, as they are. The text is stripped; blank text matches every enterprise.
 */
public final class TextSearch {
    private TextSearch() {}

    /** Whether {@code text} is contained in {@code name} or in {@code uscc}; null or blank text matches all. */
    public static boolean matches(String text, String name, String uscc) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String wanted = latinLowerCase(text.strip());
        return (name != null && latinLowerCase(name).contains(wanted))
                || (uscc != null && latinLowerCase(uscc).contains(wanted));
    }

    /** The text with the Latin capitals A–Z in lower case and every other character unchanged. */
    static String latinLowerCase(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? text : new String(chars);
    }
}
