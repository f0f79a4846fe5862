package io.fmscope.analyzer;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.QueryStatus;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResultField;

/**
 * Pre-built CloudWatch Logs Insights queries for troubleshooting FM applications: the seed's {@code FMLogAnalyzer}
 * (section 7) on the AWS SDK for Java v2. The same queries run against real AWS or against fmscope
 * ({@link Builder#endpoint}). Each method starts its query over the last {@code windowMinutes}, polls
 * GetQueryResults until the query is finished and returns the rows as field-to-value maps.
 *
 * <pre>{@code
 * try (FmLogAnalyzer analyzer = FmLogAnalyzer.builder().logGroup("/ecs/manga-assist-orchestrator")
 *         .endpoint(URI.create("http://127.0.0.1:4580")).build()) {
 *     InsightsQueryResult r = analyzer.queryLatencyPercentiles(30, 5);
 * }
 * }</pre>
 * Unlike the Python original, Timeout and Unknown also end the polling (the original would poll forever).
 */
public final class FmLogAnalyzer implements AutoCloseable {
    private static final Set<QueryStatus> FINISHED = Set.of(QueryStatus.COMPLETE, QueryStatus.FAILED,
            QueryStatus.CANCELLED, QueryStatus.TIMEOUT, QueryStatus.UNKNOWN);

    private final CloudWatchLogsClient client;
    private final boolean ownsClient;
    private final String logGroup;
    private final int maxResults;
    private final Duration pollInterval;
    private final Clock clock;

    private FmLogAnalyzer(Builder b) {
        this.logGroup = Objects.requireNonNull(b.logGroup, "logGroup");
        this.maxResults = b.maxResults;
        this.pollInterval = b.pollInterval;
        this.clock = b.clock;
        this.ownsClient = b.client == null;
        this.client = b.client != null ? b.client : Clients.create(b.region, b.endpoint, b.credentials);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** P50/P90/P99 Bedrock latency per bucket (defaults: 60-minute window, 5-minute buckets). */
    public InsightsQueryResult queryLatencyPercentiles(int windowMinutes, int bucketMinutes) {
        return window(AnalyzerQueries.latencyPercentiles(bucketMinutes), windowMinutes);
    }

    public InsightsQueryResult queryLatencyPercentiles() {
        return queryLatencyPercentiles(60, 5);
    }

    /** Errors by model, error type and root cause (default window 60 minutes). */
    public InsightsQueryResult queryErrorDistribution(int windowMinutes) {
        return window(AnalyzerQueries.ERROR_DISTRIBUTION, windowMinutes);
    }

    public InsightsQueryResult queryErrorDistribution() {
        return queryErrorDistribution(60);
    }

    /** Token usage per hour and model, to spot prompt bloat (default window 24 hours). */
    public InsightsQueryResult queryTokenUsage(int windowMinutes) {
        return window(AnalyzerQueries.TOKEN_USAGE, windowMinutes);
    }

    public InsightsQueryResult queryTokenUsage() {
        return queryTokenUsage(1440);
    }

    /** Spend, savings and cache hits per hour and model (default window 24 hours). */
    public InsightsQueryResult queryCostAnalysis(int windowMinutes) {
        return window(AnalyzerQueries.COST_ANALYSIS, windowMinutes);
    }

    public InsightsQueryResult queryCostAnalysis() {
        return queryCostAnalysis(1440);
    }

    /** RAG retrieval relevance and latency per 30 minutes (default window 6 hours). */
    public InsightsQueryResult queryRagQuality(int windowMinutes) {
        return window(AnalyzerQueries.RAG_QUALITY, windowMinutes);
    }

    public InsightsQueryResult queryRagQuality() {
        return queryRagQuality(360);
    }

    /** Throttling per 5 minutes and model (default window 2 hours). */
    public InsightsQueryResult queryThrottlePatterns(int windowMinutes) {
        return window(AnalyzerQueries.THROTTLE_PATTERNS, windowMinutes);
    }

    public InsightsQueryResult queryThrottlePatterns() {
        return queryThrottlePatterns(120);
    }

    /** The 50 slowest requests above {@code thresholdMs} (defaults: 3,000 ms, the SLA; 60-minute window). */
    public InsightsQueryResult querySlowRequests(double thresholdMs, int windowMinutes) {
        return window(AnalyzerQueries.slowRequests(thresholdMs), windowMinutes);
    }

    public InsightsQueryResult querySlowRequests() {
        return querySlowRequests(3000, 60);
    }

    private InsightsQueryResult window(String query, int windowMinutes) {
        Instant end = clock.instant();
        return runQuery(query, end.minus(Duration.ofMinutes(windowMinutes)), end);
    }

    /** Runs any query over {@code [start, end]} (whole seconds, as StartQuery takes them) and waits for it. */
    public InsightsQueryResult runQuery(String query, Instant start, Instant end) {
        long t0 = System.nanoTime();
        String id = client.startQuery(b -> b.logGroupName(logGroup).startTime(start.getEpochSecond())
                .endTime(end.getEpochSecond()).queryString(query).limit(maxResults)).queryId();
        GetQueryResultsResponse r;
        while (true) {
            r = client.getQueryResults(b -> b.queryId(id));
            if (FINISHED.contains(r.status())) {
                break;
            }
            sleep();
        }
        double durationMs = Math.round((System.nanoTime() - t0) / 10_000.0) / 100.0;
        List<Map<String, String>> rows = new ArrayList<>(r.results().size());
        for (List<ResultField> row : r.results()) {
            Map<String, String> entry = new LinkedHashMap<>();
            for (ResultField f : row) {
                entry.put(f.field(), f.value());
            }
            rows.add(entry);
        }
        Map<String, Double> stats = new LinkedHashMap<>();
        if (r.statistics() != null) {
            stats.put("recordsMatched", r.statistics().recordsMatched());
            stats.put("recordsScanned", r.statistics().recordsScanned());
            stats.put("bytesScanned", r.statistics().bytesScanned());
            stats.values().removeIf(Objects::isNull);
        }
        return new InsightsQueryResult(id, r.statusAsString(), rows, stats, query, durationMs);
    }

    private void sleep() {
        try {
            Thread.sleep(pollInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a query", e);
        }
    }

    /** Closes the client if the analyzer created it. */
    @Override public void close() {
        if (ownsClient) {
            client.close();
        }
    }

    /** Settings; only the log group is required. */
    public static final class Builder {
        private String logGroup;
        private String region = "ap-northeast-1";
        private URI endpoint;
        private software.amazon.awssdk.auth.credentials.AwsCredentialsProvider credentials;
        private CloudWatchLogsClient client;
        private int maxResults = 1000;
        private Duration pollInterval = Duration.ofMillis(500);
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        public Builder logGroup(String name) {
            this.logGroup = name;
            return this;
        }

        /** Region of the client (default ap-northeast-1, as in the seed). */
        public Builder region(String region) {
            this.region = region;
            return this;
        }

        /** Send requests here instead of AWS: fmscope's {@code http://host:4580}. */
        public Builder endpoint(URI endpoint) {
            this.endpoint = endpoint;
            return this;
        }

        /** Credentials; by default the SDK's chain for AWS, fixed placeholders for an endpoint override. */
        public Builder credentials(software.amazon.awssdk.auth.credentials.AwsCredentialsProvider credentials) {
            this.credentials = credentials;
            return this;
        }

        /** Use this client (the analyzer will not close it) instead of building one. */
        public Builder client(CloudWatchLogsClient client) {
            this.client = client;
            return this;
        }

        /** StartQuery's limit (default 1,000). */
        public Builder maxResults(int maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /** Time between GetQueryResults polls (default 500 ms, as in the seed). */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
            return this;
        }

        /** The clock windows end at (default the system clock). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public FmLogAnalyzer build() {
            return new FmLogAnalyzer(this);
        }
    }
}
