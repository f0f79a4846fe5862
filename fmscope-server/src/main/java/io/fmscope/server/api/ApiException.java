package io.fmscope.server.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CloudWatch Logs error as the wire shows it: {@code {"__type": code, "message": ..., extra members}} with
 * an HTTP status (400 for client faults, 503 for ServiceUnavailableException). Services throw it; the
 * protocol adapter encodes it.
 */
public final class ApiException extends RuntimeException {
    private final String code;
    private final int status;
    private final Map<String, Object> extra;

    public ApiException(String code, int status, String message, Map<String, Object> extra) {
        super(message);
        this.code = code;
        this.status = status;
        this.extra = Map.copyOf(extra);
    }

    public static ApiException invalidParameter(String message) {
        return new ApiException("InvalidParameterException", 400, message, Map.of());
    }

    /** The constraint-violation wording AWS uses for request validation. */
    public static ApiException validation(String member, Object value, String constraint) {
        return invalidParameter("1 validation error detected: Value '" + value + "' at '" + member
                + "' failed to satisfy constraint: " + constraint);
    }

    public static ApiException notFound(String message) {
        return new ApiException("ResourceNotFoundException", 400, message, Map.of());
    }

    public static ApiException alreadyExists(String message) {
        return new ApiException("ResourceAlreadyExistsException", 400, message, Map.of());
    }

    public static ApiException limitExceeded(String message) {
        return new ApiException("LimitExceededException", 400, message, Map.of());
    }

    public static ApiException unavailable(String message) {
        return new ApiException("ServiceUnavailableException", 503, message, Map.of());
    }

    public static ApiException serialization(String message) {
        return new ApiException("SerializationException", 400, message, Map.of());
    }

    public static ApiException unknownOperation(String target) {
        return new ApiException("UnknownOperationException", 400, "Unknown operation " + target, Map.of());
    }

    /** MalformedQueryException with its {@code queryCompileError} member (0-based character offsets). */
    public static ApiException malformedQuery(String message, int start, int end) {
        return new ApiException("MalformedQueryException", 400, message, Map.of("queryCompileError",
                Map.of("location", Map.of("startCharOffset", start, "endCharOffset", end), "message", message)));
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    /** The JSON body. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("__type", code);
        body.put("message", getMessage());
        body.putAll(extra);
        return body;
    }
}
