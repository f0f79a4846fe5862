/**
 * Where log lines go: {@link io.fmscope.sdk.export.LogSink} and its implementations (stdout, an
 * appended file, memory, and an asynchronous batching HTTP exporter). Sinks receive the record and
 * its already-written JSON line, so no sink serialises twice.
 */
package io.fmscope.sdk.export;
