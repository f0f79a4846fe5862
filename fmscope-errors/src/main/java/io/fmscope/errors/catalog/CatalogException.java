package io.fmscope.errors.catalog;

/**
 * A catalog file that cannot be used. The message names the file, the entry and the field, so a user
 * extending the catalog can find the line to fix without reading a stack trace.
 */
public final class CatalogException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final String entry;
    private final String field;

    public CatalogException(String file, String entry, String field, String problem) {
        super(format(file, entry, field, problem));
        this.file = file;
        this.entry = entry;
        this.field = field;
    }

    public String file() { return file; }

    /** The entry's {@code pattern_id}, or its position ({@code #3}) when it has none; null for file-level problems. */
    public String entry() { return entry; }

    /** The offending field, e.g. {@code regex_patterns[2]}; null for entry- or file-level problems. */
    public String field() { return field; }

    private static String format(String file, String entry, String field, String problem) {
        var sb = new StringBuilder(file);
        if (entry != null) sb.append(": entry '").append(entry).append('\'');
        if (field != null) sb.append(": field '").append(field).append('\'');
        return sb.append(": ").append(problem).toString();
    }
}
