package org.chainmap.parks;

/**
 * The dates of a park's lifecycle (立项, 开工, 竣工, 开园, 分割办证), as the import format writes them ({@code YYYY},
 * {@code YYYY-MM} or {@code YYYY-MM-DD}); null where not known. A park that opens before it is completed, or sells
 * floors before its titles are registered, shows it here.
 */
public record ParkMilestones(
        String approved, String constructionStart, String completed, String opened, String titleRegistered) {
    /** No date known. */
    public static final ParkMilestones NONE = new ParkMilestones(null, null, null, null, null);
}
