package io.fmscope.storage.duckdb;

import java.util.List;

/**
 * The only place identifiers enter SQL text. Values always travel as bind parameters; identifiers (column
 * names derived from JSON field names) are double-quoted with embedded quotes doubled, so no field name can
 * end the identifier and inject SQL.
 */
public final class Sql {
    static final String EVENTS = "events";
    static final String TIMESTAMP = "@timestamp";
    static final String INGESTION = "@ingestionTime";
    static final String MESSAGE = "@message";
    static final String STREAM = "@logStream";
    static final String GROUP = "@log";
    static final String ID = "@ptr";
    /** UTF-8 bytes of {@code @message}, kept per event so statistics never read the messages. Not a query field. */
    static final String BYTES = "@bytes";
    /** The system columns in table order; discovered field columns follow them. */
    static final String SYSTEM_COLUMNS = String.join(", ", ident(TIMESTAMP), ident(INGESTION), ident(GROUP),
            ident(STREAM), ident(ID), ident(MESSAGE));
    /** Columns before the discovered ones: the six above and {@link #BYTES}. */
    static final List<String> STORED_SYSTEM_COLUMNS = List.of(TIMESTAMP, INGESTION, GROUP, STREAM, ID, MESSAGE, BYTES);

    private Sql() {
    }

    /** A quoted identifier; rejects NUL, which DuckDB cannot hold in a name. */
    public static String ident(String name) {
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a valid column name: " + name.replace("\0", "\\0"));
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code ?, ?, ?} with n markers. */
    static String markers(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
