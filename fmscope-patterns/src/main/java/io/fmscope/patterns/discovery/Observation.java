package io.fmscope.patterns.discovery;

/**
 * What observing one error event did.
 *
 * @param logGroup         the group it was mined in
 * @param templateId       its template in that group (stable across restarts with a store)
 * @param status           whether the template is known to the catalog so far
 * @param catalogPatternId the catalog entry this event matched, or null
 * @param firstOfTemplate  true when this event started a new template
 */
public record Observation(String logGroup, long templateId, PatternStatus status, String catalogPatternId,
                          boolean firstOfTemplate) {
}
