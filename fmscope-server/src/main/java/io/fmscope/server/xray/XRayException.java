package io.fmscope.server.xray;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An X-Ray API error as restJson1 carries it: status, the code in {@code X-Amzn-ErrorType} and in
 * {@code __type}, the message in {@code message} and {@code Message}.
 */
public final class XRayException extends RuntimeException {
    private final String code;
    private final int status;

    public XRayException(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    public static XRayException invalidRequest(String message) {
        return new XRayException("InvalidRequestException", 400, message);
    }

    public static XRayException throttled(String message) {
        return new XRayException("ThrottledException", 429, message);
    }

    public static XRayException notFound(String message) {
        return new XRayException("ResourceNotFoundException", 404, message);
    }

    public static XRayException ruleLimit(String message) {
        return new XRayException("RuleLimitExceededException", 400, message);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public Map<String, Object> body() {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("__type", code);
        b.put("message", getMessage());
        b.put("Message", getMessage());
        return b;
    }
}
