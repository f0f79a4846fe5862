package io.fmscope.query.plan;

import java.util.List;

/**
 * The fields the mining commands produce (docs/query/commands/pattern.md, diff.md, anomaly.md). The analyzer
 * scopes them and the operators write them, so both read the names from here.
 */
public final class PatternColumns {
    private PatternColumns() {}

    public static final String PATTERN = "@pattern";
    public static final String RATIO = "@ratio";
    public static final String SAMPLE_COUNT = "@sampleCount";
    public static final String SEVERITY = "@severityLabel";
    public static final String PATTERN_ID = "@PatternId";
    public static final String REGEX = "@regexString";
    public static final String TOKENS = "@tokens";
    public static final String TIMESTAMP = "@timestamp";
    public static final String CURRENT_COUNT = "@currentCount";
    public static final String PREVIOUS_COUNT = "@previousCount";
    public static final String CHANGE_RATIO = "@changeRatio";
    public static final String STATUS = "@status";
    public static final String ANOMALY_TYPE = "@anomalyType";
    public static final String ANOMALY_SCORE = "@anomalyScore";
    public static final String DESCRIPTION = "@description";
    /** A hidden field linking a pattern row to its statistics; no query text can spell a control character. */
    public static final String SLOT = "\u0001pattern";

    /** What {@code pattern} shows, in the order the reference lists them. */
    public static final List<String> PATTERN_SHOWN = List.of(PATTERN, RATIO, SAMPLE_COUNT, SEVERITY);
    /** Extensions later commands may use by name; not shown unless asked for. */
    public static final List<String> PATTERN_EXTRAS = List.of(PATTERN_ID, REGEX, TOKENS, TIMESTAMP);
    public static final List<String> DIFF_SHOWN = List.of(PATTERN, CURRENT_COUNT, PREVIOUS_COUNT, CHANGE_RATIO,
            STATUS, SEVERITY);
    public static final List<String> DIFF_EXTRAS = List.of(PATTERN_ID, REGEX, TIMESTAMP);
    public static final List<String> ANOMALY_ADDED = List.of(ANOMALY_TYPE, ANOMALY_SCORE, DESCRIPTION);
}
