package io.fmscope.storage.duckdb.pushdown;

import java.util.Optional;

/** The typed columns a translation may read: a discovered field's column name and kind. */
public interface ColumnCatalog {

    /** The column of {@code field}, or empty when no stored event has it (or it is not a column). */
    Optional<Column> column(String field);

    /**
     * Whether every field any stored event has is a column (no field was dropped at the column limit), so a
     * field without a column is NULL in every event.
     */
    boolean complete();

    /**
     * A field's column. {@code kind} is null for a column whose values are of mixed kinds (a widened VARCHAR):
     * SQL cannot reproduce how the reference reads those.
     */
    record Column(String name, SqlExpr.Kind kind) {
    }
}
