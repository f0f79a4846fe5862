package io.fmscope.errors;

import java.util.List;

/**
 * Error categories as plain strings, so a user catalog can add its own without a code change.
 * The first fifteen are the seed's {@code ErrorCategory} values; the last five are fmscope's
 * additions, each for a family of real errors that none of the seed's categories describes.
 */
public final class Categories {
    public static final String MODEL_THROTTLE = "MODEL_THROTTLE";
    public static final String MODEL_TIMEOUT = "MODEL_TIMEOUT";
    public static final String MODEL_VALIDATION = "MODEL_VALIDATION";
    public static final String CONTENT_FILTER = "CONTENT_FILTER";
    public static final String TOKEN_LIMIT = "TOKEN_LIMIT";
    public static final String CONTEXT_WINDOW = "CONTEXT_WINDOW";
    public static final String RAG_RETRIEVAL = "RAG_RETRIEVAL";
    public static final String SESSION_CORRUPTION = "SESSION_CORRUPTION";
    public static final String CACHE_FAILURE = "CACHE_FAILURE";
    public static final String NETWORK = "NETWORK";
    public static final String INFRASTRUCTURE = "INFRASTRUCTURE";
    public static final String SDK_MISCONFIGURATION = "SDK_MISCONFIGURATION";
    public static final String PROMPT_TEMPLATE = "PROMPT_TEMPLATE";
    public static final String RESPONSE_PARSE = "RESPONSE_PARSE";
    /** No catalog entry matched with confidence above the threshold. */
    public static final String UNKNOWN = "UNKNOWN";

    /** The model endpoint itself is down or not loaded (ModelNotReady, ServiceUnavailable, ModelError): retry elsewhere, not slower. */
    public static final String MODEL_UNAVAILABLE = "MODEL_UNAVAILABLE";
    /** The caller's identity may not do this (IAM deny, model access not granted, invalid or expired token): never transient. */
    public static final String PERMISSION = "PERMISSION";
    /** A required setting is absent (region, credentials chain, environment variable): fails at start-up, fix the deployment. */
    public static final String CONFIGURATION = "CONFIGURATION";
    /** A retry policy gave up; the root cause is whatever failed repeatedly, the symptom is the exhausted budget. */
    public static final String RETRY_EXHAUSTED = "RETRY_EXHAUSTED";
    /** A data store (DynamoDB) rejected requests for capacity: same cure as model throttling, different owner. */
    public static final String DATA_THROTTLE = "DATA_THROTTLE";

    public static final List<String> SEED = List.of(MODEL_THROTTLE, MODEL_TIMEOUT, MODEL_VALIDATION,
            CONTENT_FILTER, TOKEN_LIMIT, CONTEXT_WINDOW, RAG_RETRIEVAL, SESSION_CORRUPTION, CACHE_FAILURE,
            NETWORK, INFRASTRUCTURE, SDK_MISCONFIGURATION, PROMPT_TEMPLATE, RESPONSE_PARSE, UNKNOWN);
    public static final List<String> ADDED = List.of(MODEL_UNAVAILABLE, PERMISSION, CONFIGURATION,
            RETRY_EXHAUSTED, DATA_THROTTLE);

    private Categories() {}

    /** Every category fmscope knows of; catalogs may use others that match {@code [A-Z][A-Z0-9_]*}. */
    public static List<String> all() {
        return java.util.stream.Stream.concat(SEED.stream(), ADDED.stream()).toList();
    }
}
