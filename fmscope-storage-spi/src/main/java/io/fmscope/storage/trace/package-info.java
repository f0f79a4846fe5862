/**
 * Trace storage SPI: {@link io.fmscope.storage.trace.TraceStore} with its
 * {@link io.fmscope.storage.trace.TraceWriter} (merge by trace and span id, X-Ray overwrite rules),
 * {@link io.fmscope.storage.trace.TraceReader} (by id, by time range with simple filters) and
 * {@link io.fmscope.storage.trace.ServiceCatalog}. Backends prove conformance with the TCK's trace contracts.
 */
package io.fmscope.storage.trace;
