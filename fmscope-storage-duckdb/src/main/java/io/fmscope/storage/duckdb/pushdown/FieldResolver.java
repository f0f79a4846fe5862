package io.fmscope.storage.duckdb.pushdown;

import io.fmscope.query.json.LambdaFields;
import io.fmscope.query.json.SystemFields;
import io.fmscope.storage.duckdb.Sql;
import java.util.Map;
import java.util.Optional;

/** Where a field name reads from in SQL: an event column, or a column of an inner query. */
@FunctionalInterface
public interface FieldResolver {

    /** The field as SQL, or empty when SQL cannot give exactly what the reference engine sees. */
    Optional<SqlExpr> resolve(String name);

    /** Event fields: the system columns, the typed columns, and NULL for fields no event has. */
    static FieldResolver events(ColumnCatalog catalog) {
        return name -> {
            switch (name) {
                case SystemFields.TIMESTAMP, SystemFields.INGESTION_TIME:
                    return Optional.of(SqlExpr.of(Sql.ident(name), SqlExpr.Kind.TIMESTAMP));
                case SystemFields.MESSAGE, SystemFields.LOG_STREAM, SystemFields.LOG, SystemFields.PTR:
                    return Optional.of(SqlExpr.of(Sql.ident(name), SqlExpr.Kind.STRING));
                default:
                    break;
            }
            if (LambdaFields.isLambdaField(name) || name.isEmpty() || name.indexOf('\0') >= 0) {
                return Optional.empty(); // Lambda platform-line fields come from the message text
            }
            Optional<ColumnCatalog.Column> col = catalog.column(name);
            if (col.isPresent()) {
                SqlExpr.Kind kind = col.get().kind();
                return kind == null ? Optional.empty() : Optional.of(SqlExpr.of(Sql.ident(col.get().name()), kind));
            }
            return catalog.complete() ? Optional.of(SqlExpr.nullOf(SqlExpr.Kind.NULL)) : Optional.empty();
        };
    }

    /** Names bound to SQL expressions (an inner query's columns). */
    static FieldResolver of(Map<String, SqlExpr> names) {
        return name -> Optional.ofNullable(names.get(name));
    }
}
