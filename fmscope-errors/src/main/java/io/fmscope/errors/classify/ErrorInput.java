package io.fmscope.errors.classify;

import io.fmscope.errors.Services;

/**
 * One error to classify: the message plus whatever context the caller has. Only the message is required;
 * code, HTTP status and service sharpen the ranking, session and model feed the trend's affected counts.
 */
public record ErrorInput(
        String message,
        String errorCode,
        Integer httpStatus,
        String service,
        String operation,
        String sessionId,
        String modelId,
        String requestId) {

    public ErrorInput {
        message = message == null ? "" : message;
        errorCode = blankToNull(errorCode);
        service = Services.normalize(service);
        operation = blankToNull(operation);
        sessionId = blankToNull(sessionId);
        modelId = blankToNull(modelId);
        requestId = blankToNull(requestId);
    }

    public static ErrorInput of(String message) {
        return builder(message).build();
    }

    public static Builder builder(String message) {
        return new Builder(message);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** Builder: the record has eight fields and most callers set two or three. */
    public static final class Builder {
        private final String message;
        private String code;
        private Integer status;
        private String service;
        private String operation;
        private String session;
        private String model;
        private String requestId;

        private Builder(String message) { this.message = message; }

        public Builder code(String code) { this.code = code; return this; }
        public Builder httpStatus(Integer status) { this.status = status; return this; }
        public Builder service(String service) { this.service = service; return this; }
        public Builder operation(String operation) { this.operation = operation; return this; }
        public Builder sessionId(String session) { this.session = session; return this; }
        public Builder modelId(String model) { this.model = model; return this; }
        public Builder requestId(String requestId) { this.requestId = requestId; return this; }

        public ErrorInput build() {
            return new ErrorInput(message, code, status, service, operation, session, model, requestId);
        }
    }
}
