package org.chainmap.domain;

import java.util.regex.Pattern;

/**
 * The one rule for the ids of chains, links, parks and projects, for the importer and the API alike, so that whatever
 * can be imported can be asked for: a letter or digit, then up to 99 letters, digits, '.', '_', '-' or ':' (no '/',
 * which a path of the API could not carry; no spaces). Ids are case-sensitive.
 */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._:-]{0,99}");

    /** What a valid id is, in words, for a message about one that is not. */
    public static final String RULE =
            "a letter or digit, then letters, digits, '.', '_', '-' or ':', at most 100 in all";

    private Ids() {}

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
