package io.fmscope.storage.duckdb;

/**
 * A discovered JSON field stored as a typed column of the events table.
 *
 * @param field   the field name as Logs Insights shows it ({@code latency.total_ms})
 * @param column  the column name in the events table (quote it as an identifier)
 * @param sqlType BIGINT, DOUBLE, BOOLEAN or VARCHAR
 * @param widened the column had a narrower type once, so its values may be of mixed kinds (see the README)
 */
public record StoredField(String field, String column, String sqlType, boolean widened) {
}
