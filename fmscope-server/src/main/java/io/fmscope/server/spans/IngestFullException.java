package io.fmscope.server.spans;

/** The ingest queue has no room for the batch: the client should back off (HTTP 429 with Retry-After). */
public final class IngestFullException extends RuntimeException {
    private final int retryAfterSeconds;

    public IngestFullException(int queued, int capacity, int retryAfterSeconds) {
        super("ingest queue full (" + queued + " of " + capacity + " spans queued)");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
