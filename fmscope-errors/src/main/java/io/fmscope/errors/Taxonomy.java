package io.fmscope.errors;

import java.util.List;
import java.util.Map;

/**
 * The error taxonomy of the seed's section 6 ("Error Taxonomy for GenAI Applications"): five groups,
 * the error types in each, in diagram order. Each type is owned by exactly one catalog entry
 * ({@code taxonomy_types}); the built-in catalog's test checks that.
 */
public final class Taxonomy {
    public static final Map<String, List<String>> GROUPS = orderedGroups();

    private Taxonomy() {}

    /** Every type in the diagram, group by group. */
    public static List<String> types() {
        return GROUPS.values().stream().flatMap(List::stream).toList();
    }

    private static Map<String, List<String>> orderedGroups() {
        var groups = new java.util.LinkedHashMap<String, List<String>>();
        groups.put("Model Errors", List.of("ThrottlingException", "ModelTimeoutException",
                "ValidationException", "ModelNotReadyException", "ServiceUnavailableException"));
        groups.put("Content & Safety Errors", List.of("ContentFilterBlocked", "GuardrailViolation",
                "TokenLimitExceeded", "ContextWindowOverflow"));
        groups.put("Data Layer Errors", List.of("VectorSearchEmpty", "VectorSearchTimeout", "SessionNotFound",
                "SessionCorrupted", "CacheMiss", "StaleCache"));
        groups.put("Infrastructure Errors", List.of("ECSTaskOOM", "ECSTaskCrash", "WebSocketDisconnect",
                "VPCNetworkError", "IAMPermissionDenied"));
        groups.put("Application Logic Errors", List.of("PromptTemplateError", "ResponseParseError",
                "SDKVersionMismatch", "ConfigMissing", "RetryExhausted"));
        return java.util.Collections.unmodifiableMap(groups);
    }
}
