package io.fmscope.sdk.export;

/**
 * Counters of a {@link HttpBatchExporter}. Every offered line ends up in exactly one of {@code
 * dropped}, {@code sent}, {@code failed} or still {@code queued}/in flight.
 *
 * @param accepted lines taken into the queue
 * @param dropped lines refused because the queue was full or the exporter closed
 * @param sent lines in batches the endpoint acknowledged (2xx)
 * @param failed lines in batches given up on (non-retryable status, retries exhausted, or still
 *     unsent when close timed out)
 * @param batchesSent requests acknowledged
 * @param batchesFailed batches given up on
 * @param retries attempts beyond the first, over all batches
 * @param queued lines waiting in the queue now (not counting a batch in flight)
 */
public record ExporterStats(
    long accepted,
    long dropped,
    long sent,
    long failed,
    long batchesSent,
    long batchesFailed,
    long retries,
    long queued) {}
