package io.fmscope.server.spans;

/**
 * Counters of the ingest funnel.
 *
 * @param stored  spans the sink accepted
 * @param refused spans refused because the queue was full
 * @param failed  spans whose storage call failed
 * @param queued  spans waiting now
 */
public record IngestStats(long stored, long refused, long failed, int queued, int capacity) {
}
