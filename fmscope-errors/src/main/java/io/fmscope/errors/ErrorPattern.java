package io.fmscope.errors;

import java.util.List;

/**
 * One catalog entry: the seed's {@code ErrorPattern} fields (with {@code q_developer_prompt} renamed
 * {@code assistantPrompt}, since any assistant can take it) plus the taxonomy types it owns, the upstream
 * services and HTTP statuses it is consistent with, and the file it was loaded from.
 */
public record ErrorPattern(
        String id,
        String category,
        String name,
        String description,
        List<String> regexPatterns,
        List<String> errorCodes,
        String rootCause,
        String impact,
        String remediation,
        List<String> remediationSteps,
        String severity,
        boolean transientError,
        String expectedFrequency,
        String assistantPrompt,
        List<String> taxonomyTypes,
        List<String> upstreamServices,
        List<Integer> httpStatuses,
        String source) {

    public ErrorPattern {
        regexPatterns = List.copyOf(regexPatterns);
        errorCodes = List.copyOf(errorCodes);
        remediationSteps = List.copyOf(remediationSteps);
        taxonomyTypes = List.copyOf(taxonomyTypes);
        upstreamServices = List.copyOf(upstreamServices);
        httpStatuses = List.copyOf(httpStatuses);
    }

    /** True when the entry names {@code service} or applies to any service. */
    public boolean appliesTo(String service) {
        return upstreamServices.contains(Services.ANY) || upstreamServices.contains(service);
    }
}
