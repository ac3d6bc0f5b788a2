package org.chainmap.imports;

/**
 * An import that began writing and did not finish (its process was killed or lost the store): the graph holds part of
 * it until the same import is run again, which completes it.
 *
 * @param source the folder or workbook it read, or the files uploaded
 * @param startedAt when it began writing, ISO-8601
 */
public record InterruptedImport(String source, String startedAt) {
    /** The same without the folders of its source, for those who may not see where the data came from. */
    public InterruptedImport withoutFolders() {
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        return new InterruptedImport(name, startedAt);
    }

    /** One line for a terminal or a log. */
    public String warning() {
        return "the import of " + source + " begun at " + startedAt
                + " did not finish, so the graph may hold only part of it; run the same import again to complete it";
    }
}
