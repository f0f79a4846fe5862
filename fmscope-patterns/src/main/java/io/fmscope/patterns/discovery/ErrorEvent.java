package io.fmscope.patterns.discovery;

import java.time.Instant;

/**
 * One error as the discovery pipeline sees it. Only the message is required; a missing timestamp means
 * "now" on the discovery's clock, a missing log group means {@link #DEFAULT_GROUP}.
 *
 * @param logGroup  the stream the error came from; each group has its own template miner and ids
 * @param timestamp when the error happened
 * @param message   the error message (mined, and classified against the catalog)
 * @param errorCode client error code, e.g. {@code ThrottlingException}
 * @param service   upstream service: bedrock, dynamodb, opensearch, redis, ...
 * @param modelId   foundation model the failed call used
 * @param sessionId conversation session the error happened in
 */
public record ErrorEvent(String logGroup, Instant timestamp, String message, String errorCode, String service,
                         String modelId, String sessionId) {
    public static final String DEFAULT_GROUP = "default";

    public ErrorEvent {
        logGroup = blankToNull(logGroup) == null ? DEFAULT_GROUP : logGroup.trim();
        message = message == null ? "" : message;
        errorCode = blankToNull(errorCode);
        service = blankToNull(service);
        modelId = blankToNull(modelId);
        sessionId = blankToNull(sessionId);
    }

    public static ErrorEvent of(String message) {
        return new ErrorEvent(null, null, message, null, null, null, null);
    }

    public static Builder builder(String message) {
        return new Builder(message);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Builder: seven fields, of which callers usually set three or four. */
    public static final class Builder {
        private final String message;
        private String logGroup;
        private Instant timestamp;
        private String code;
        private String service;
        private String model;
        private String session;

        private Builder(String message) {
            this.message = message;
        }

        public Builder logGroup(String v) { logGroup = v; return this; }
        public Builder timestamp(Instant v) { timestamp = v; return this; }
        public Builder code(String v) { code = v; return this; }
        public Builder service(String v) { service = v; return this; }
        public Builder modelId(String v) { model = v; return this; }
        public Builder sessionId(String v) { session = v; return this; }

        public ErrorEvent build() {
            return new ErrorEvent(logGroup, timestamp, message, code, service, model, session);
        }
    }
}
