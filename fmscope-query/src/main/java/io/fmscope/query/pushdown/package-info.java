/**
 * Pushdown hooks between the query plan and a storage backend (the OpenSearch PPL shape). {@link
 * io.fmscope.query.pushdown.PushdownPlanner} offers an analyzed plan to a {@link io.fmscope.storage.ScanBuilder}
 * step by step ({@link io.fmscope.query.pushdown.FilterStep}, {@link io.fmscope.query.pushdown.FieldsStep},
 * {@link io.fmscope.query.pushdown.StatsStep}, {@link io.fmscope.query.pushdown.SortStep}, then the limit); the
 * backend answers whether it takes each one. {@link io.fmscope.query.pushdown.PushdownExecutor} runs the result:
 * rows from the backend finished by {@link io.fmscope.query.pushdown.RowsResidual}, or events through the
 * reference operators with the steps the backend did not take. The reference operators stay the definition of
 * what a query means: a backend takes a step only where it computes exactly the same rows (differential tests in
 * fmscope-storage-duckdb compare the two on the query corpus and on generated queries).
 *
 * <p>This package is the query module's only use of the storage SPI.
 */
package io.fmscope.query.pushdown;
