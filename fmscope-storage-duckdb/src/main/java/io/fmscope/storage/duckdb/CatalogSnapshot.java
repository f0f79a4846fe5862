package io.fmscope.storage.duckdb;

import io.fmscope.storage.duckdb.pushdown.ColumnCatalog;
import io.fmscope.storage.duckdb.pushdown.SqlExpr;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The typed columns as a scan planned against them, with the schema version: a scan opened after the schema
 * changed (a column added or widened by a concurrent batch) must be planned again.
 */
final class CatalogSnapshot implements ColumnCatalog {
    private final Map<String, Column> byField = new HashMap<>();
    private final boolean complete;
    final long version;

    CatalogSnapshot(FieldColumns columns) {
        for (FieldColumns.Column c : columns.columns()) {
            byField.put(c.field(), new Column(c.name(), kind(c)));
        }
        this.complete = columns.complete();
        this.version = columns.version();
    }

    private static SqlExpr.Kind kind(FieldColumns.Column c) {
        return switch (c.type()) {
            case BIGINT -> SqlExpr.Kind.LONG;
            case DOUBLE -> SqlExpr.Kind.DOUBLE; // integers widened to doubles read the same in the reference
            case BOOLEAN -> SqlExpr.Kind.BOOL;
            case VARCHAR -> c.widened() ? null : SqlExpr.Kind.STRING; // numbers as text next to strings: not SQL's
        };
    }

    @Override public Optional<Column> column(String field) {
        return Optional.ofNullable(byField.get(field));
    }

    @Override public boolean complete() {
        return complete;
    }
}
