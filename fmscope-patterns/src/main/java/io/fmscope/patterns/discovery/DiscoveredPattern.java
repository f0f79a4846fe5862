package io.fmscope.patterns.discovery;

import io.fmscope.errors.ErrorPattern;
import io.fmscope.patterns.PatternToken;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One mined error template of a log group with what the pipeline knows about it. {@link PatternStatus#NEW}
 * ones are discovered patterns: no catalog entry matched any of their errors.
 *
 * @param logGroup         the group whose miner holds the template
 * @param templateId       the template id, stable across restarts when the discovery state is stored
 * @param pattern          the template, variables written {@code <*>}
 * @param typedPattern     the template with typed variables, e.g. {@code shard <Number-1>}
 * @param tokens           the template's tokens (constants and typed variables), used to derive a regex
 * @param variableLength   whether a variable of the template spans several tokens in some of its errors
 * @param status           known to the catalog or new
 * @param catalogPatternId the id of {@code catalogEntry}; set, with the entry null, if that entry has left the catalog
 * @param catalogEntry     the catalog entry its errors matched most often (or, for a template none of whose
 *                         errors matched when seen, that its samples match now, e.g. after a promotion); null if none
 * @param catalogMatches   catalog pattern id to the number of its errors whose best match it was
 * @param count            errors of this template
 * @param unmatchedCount   errors of this template that no catalog entry matched
 * @param firstSeen        earliest error time
 * @param lastSeen         latest error time
 * @param trend            the Mann-Kendall trend over the report window; null when the window is too short
 * @param models           affected models
 * @param sessions         affected sessions
 * @param services         upstream services the errors came from
 * @param errorCodes       error codes the errors carried
 * @param samples          the first few distinct messages
 */
public record DiscoveredPattern(String logGroup, long templateId, String pattern, String typedPattern,
                                List<PatternToken> tokens, boolean variableLength, PatternStatus status,
                                String catalogPatternId, ErrorPattern catalogEntry,
                                Map<String, Long> catalogMatches, long count, long unmatchedCount, Instant firstSeen,
                                Instant lastSeen, PatternTrend trend, ValueCounts models, ValueCounts sessions,
                                ValueCounts services, ValueCounts errorCodes, List<String> samples) {
    public DiscoveredPattern {
        tokens = List.copyOf(tokens);
        catalogMatches = Map.copyOf(catalogMatches);
        samples = List.copyOf(samples);
    }

    /** CloudWatch-style names of the variable tokens, in order, e.g. {@code [Number, Number]}. */
    public List<String> tokenTypes() {
        return tokens.stream().filter(PatternToken::dynamic).map(t -> t.type().displayName()).toList();
    }

    /** The prompt for a coding assistant: what is known, samples, counts, trend, and the question. */
    public String assistantPrompt() {
        return DiscoveryPrompt.render(this);
    }
}
