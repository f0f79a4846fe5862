package io.fmscope.storage.duckdb.pushdown;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL with its bind parameters (in the order their {@code ?} appear) and the kind of value the
 * reference engine would see for it. Literals are always parameters, so no query text reaches the SQL.
 */
public record SqlExpr(String sql, Kind kind, List<Object> params) {

    /** What a value is, as far as the reference semantics care. */
    public enum Kind {
        /** exact 64-bit integers (a BIGINT column that never widened) */
        LONG,
        /** doubles (a DOUBLE column; arithmetic results) */
        DOUBLE,
        BOOL,
        /** strings only: a VARCHAR column that never held another kind */
        STRING,
        /** epoch milliseconds shown as a time ({@code @timestamp}, {@code bin()}) */
        TIMESTAMP,
        /** always NULL: a field no stored event has */
        NULL;

        /** Kinds with a number view that SQL compares exactly like the reference. */
        boolean numeric() {
            return this == LONG || this == DOUBLE || this == TIMESTAMP || this == BOOL;
        }

        /** Kinds whose SQL order equals the reference's natural collation. */
        public boolean sortable() {
            return this != STRING;
        }
    }

    public SqlExpr {
        params = List.copyOf(params);
    }

    public static SqlExpr of(String sql, Kind kind) {
        return new SqlExpr(sql, kind, List.of());
    }

    public static SqlExpr param(Object value, String type, Kind kind) {
        return new SqlExpr("?::" + type, kind, List.of(value));
    }

    public static SqlExpr nullOf(Kind kind) {
        return of("NULL", kind);
    }

    /** Joins pieces: strings are SQL text, SqlExprs contribute their text and parameters in order. */
    public static SqlExpr join(Kind kind, Object... parts) {
        StringBuilder sql = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof SqlExpr e) {
                sql.append(e.sql());
                params.addAll(e.params());
            } else {
                sql.append(p);
            }
        }
        return new SqlExpr(sql.toString(), kind, params);
    }

    /** This value as a number for SQL arithmetic and comparison (booleans count 1 and 0, as in the reference). */
    SqlExpr number() {
        return kind == Kind.BOOL ? join(Kind.LONG, "CAST(", this, " AS BIGINT)") : this;
    }
}
