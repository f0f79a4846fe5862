package io.fmscope.incidents.diagnose;

import java.time.Instant;
import java.util.List;

/**
 * One candidate root cause.
 *
 * @param rank              1 for the best
 * @param category          the error catalog's category ({@code MODEL_THROTTLE})
 * @param taxonomyType      the seed's taxonomy type the catalog entry owns ({@code ThrottlingException}), or null
 * @param patternId         the catalog entry ({@code EP-001})
 * @param patternName       its name ({@code Bedrock Throttling})
 * @param component         where the fault lies ({@code bedrock}, {@code opensearch}, {@code deployment/config} ...)
 * @param startedAt         when its signal started to rise (data time), from 10-second bins
 * @param confidence        the ranking score, 0 to 1
 * @param scores            what the score is made of
 * @param summary           one line: what departed, with numbers
 * @param signals           the signals this hypothesis explains ({@code cause:MODEL_THROTTLE@bedrock}, {@code tail:...})
 * @param evidence          Logs Insights queries that show it, with their results
 * @param exampleRequestIds request ids of affected calls
 * @param exampleTraceIds   trace ids of affected calls
 * @param exampleEvents     affected log events as stored
 * @param remediation       the catalog's remediation action
 * @param remediationSteps  the catalog's steps
 * @param assistantPrompt   the errors module's assistant prompt for this cause, with the evidence's context
 */
public record Hypothesis(int rank, String category, String taxonomyType, String patternId, String patternName,
                         String component, Instant startedAt, double confidence, Scores scores, String summary,
                         List<String> signals, List<Evidence> evidence, List<String> exampleRequestIds,
                         List<String> exampleTraceIds, List<ExampleEvent> exampleEvents, String remediation,
                         List<String> remediationSteps, String assistantPrompt) {
    public Hypothesis {
        signals = List.copyOf(signals);
        evidence = List.copyOf(evidence);
        exampleRequestIds = List.copyOf(exampleRequestIds);
        exampleTraceIds = List.copyOf(exampleTraceIds);
        exampleEvents = List.copyOf(exampleEvents);
        remediationSteps = List.copyOf(remediationSteps);
    }

    /**
     * @param explained    share of the departure this cause accounts for (0 to 1)
     * @param precedence   1 when it started first, decaying by e per minute it started after the first
     * @param catalogMatch how well the evidence matches the catalog entry (the classifier's confidence for errors)
     * @param symptom      true when the category describes a consequence (retries exhausted), which halves the score
     */
    public record Scores(double explained, double precedence, double catalogMatch, boolean symptom) {}

    /**
     * A Logs Insights query and its result over a window.
     *
     * @param description what it shows
     * @param query       the query text, runnable as is with StartQuery or {@code fmscope query}
     */
    public record Evidence(String description, String query, Instant from, Instant to, List<String> columns,
                           List<List<String>> rows) {
        /** Rows hold the cells as result text; null where the row has no value for the column. */
        public Evidence {
            columns = List.copyOf(columns);
            // Cells may be null (a field absent from a row), so no List.copyOf here.
            rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        }
    }

    /** A stored log event; the message is cut at 2,000 characters. */
    public record ExampleEvent(Instant timestamp, String logGroup, String logStream, String message) {}
}
