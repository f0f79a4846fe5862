package io.fmscope.storage.duckdb;

/**
 * The SQL type a discovered JSON field is stored as. A field keeps the narrowest type that holds every value
 * seen so far: integers widen to DOUBLE when a fraction appears, and any other mix (number and string,
 * boolean and number, ...) widens the column to VARCHAR holding the values' JSON text. The raw message is
 * always kept, so widening never loses what a query over {@code @message} would see.
 */
enum ColumnType {
    BIGINT, DOUBLE, BOOLEAN, VARCHAR;

    /** The narrowest type holding both this type's values and {@code other}'s. */
    ColumnType widen(ColumnType other) {
        if (this == other) {
            return this;
        }
        if ((this == BIGINT && other == DOUBLE) || (this == DOUBLE && other == BIGINT)) {
            return DOUBLE;
        }
        return VARCHAR;
    }
}
