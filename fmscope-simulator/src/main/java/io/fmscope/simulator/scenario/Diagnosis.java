package io.fmscope.simulator.scenario;

/**
 * What an injected fault should be diagnosed as.
 *
 * @param taxonomyType the seed's section-6 error type, or null when the fault is not an error (latency, cold
 *     starts) or the taxonomy has no type for it
 * @param taxonomyGroup the type's group in the diagram ("Model Errors", ...), or null
 * @param category the error catalog category, e.g. {@code MODEL_THROTTLE}
 * @param patternId the catalog pattern, e.g. {@code EP-001}, or null
 */
public record Diagnosis(String taxonomyType, String taxonomyGroup, String category, String patternId) {}
