package io.fmscope.server.insights;

import io.fmscope.server.api.ApiException;
import io.fmscope.server.logs.Names;
import io.fmscope.server.logs.PageToken;
import io.fmscope.storage.LogStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * StartQuery / GetQueryResults / StopQuery / DescribeQueries. A query is compiled when started (so a
 * malformed query fails the StartQuery call), then runs on a worker pool; at most {@code maxConcurrent}
 * queries may be Scheduled or Running at once (LimitExceededException beyond). A query running longer than
 * the timeout ends as Timeout. Finished queries are kept for the retention period or until
 * {@value #MAX_KEPT} newer ones push them out.
 */
public final class QueryService implements AutoCloseable {
    public static final int DEFAULT_MAX_CONCURRENT = 100;
    /** How often a running query's partial results are refreshed. */
    public static final java.time.Duration PARTIAL_RESULTS_EVERY = java.time.Duration.ofMillis(500);
    static final int MAX_KEPT = 10_000;

    private final LogStore store;
    private final InsightsEngine engine;
    private final Clock clock;
    private final int maxConcurrent;
    private final java.time.Duration timeout;
    private final ExecutorService workers;
    private final Map<String, QueryRecord> queries = new ConcurrentHashMap<>();
    private final Map<String, QueryRun> runs = new ConcurrentHashMap<>();

    public QueryService(LogStore store, InsightsEngine engine, Clock clock, int maxConcurrent, int workerThreads,
                        long timeoutMillis) {
        this.store = store;
        this.engine = engine;
        this.clock = clock;
        this.maxConcurrent = maxConcurrent;
        this.timeout = java.time.Duration.ofMillis(timeoutMillis);
        this.workers = Executors.newFixedThreadPool(workerThreads, Thread.ofPlatform().daemon().name("query-", 0).factory());
    }

    public Map<String, Object> start(QueryRequests.StartQuery r) {
        List<String> groups = QueryValidation.groups(r);
        Names.required("startTime", r.startTime());
        Names.required("endTime", r.endTime());
        Names.required("queryString", r.queryString());
        if (r.queryString().length() > 10_000) {
            throw ApiException.validation("queryString", "...", "Member must have length less than or equal to 10000");
        }
        if (r.queryLanguage() != null && !r.queryLanguage().equals("CWLI")) {
            throw ApiException.invalidParameter("Only the CWLI query language is supported, not " + r.queryLanguage());
        }
        int limit = Names.range("limit", r.limit(), 10_000, 1, 100_000);
        if (r.endTime() < r.startTime()) {
            throw ApiException.invalidParameter("endTime must be greater than or equal to startTime");
        }
        for (String g : groups) {
            store.groups().find(g).orElseThrow(() -> ApiException.notFound("Log group '" + g + "' does not exist"));
        }
        InsightsEngine.PreparedQuery prepared;
        try {
            prepared = engine.prepare(r.queryString());
        } catch (InsightsEngine.CompileError e) {
            throw ApiException.malformedQuery(e.getMessage(), e.start(), e.end());
        }
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        QueryRecord rec = new QueryRecord(id, r.queryString(), groups, r.startTime() * 1000,
                Math.addExact(r.endTime(), 1) * 1000, limit, QueryStatus.Scheduled, now, 0, List.of(),
                QueryRecord.Statistics.ZERO, null);
        synchronized (this) {
            long active = queries.values().stream().filter(q -> q.status().active()).count();
            if (active >= maxConcurrent) {
                throw ApiException.limitExceeded("Account maximum query concurrency limit of [" + maxConcurrent
                        + "] reached.");
            }
            queries.put(id, rec);
            QueryRun run = new QueryRun(rec, prepared, store, clock, timeout, PARTIAL_RESULTS_EVERY, this::update);
            runs.put(id, run);
            workers.submit(run);
        }
        evictOld(now);
        return Map.of("queryId", id);
    }

    public Map<String, Object> results(QueryRequests.GetQueryResults r) {
        QueryRecord q = find(r.queryId());
        ResultPages.Page page = ResultPages.page(q.queryId(), q.rows(), r.maxItems(), r.nextToken(), clock.millis());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("queryLanguage", "CWLI");
        out.put("results", page.rows());
        out.put("statistics", q.statistics());
        out.put("status", q.status().name());
        if (page.nextToken() != null) {
            out.put("nextToken", page.nextToken());
        }
        return out;
    }

    public Map<String, Object> stop(QueryRequests.StopQuery r) {
        QueryRecord q = find(r.queryId());
        QueryRun run = runs.get(q.queryId());
        if (!q.status().active() || run == null || !run.cancel()) {
            throw ApiException.invalidParameter("Query " + q.queryId() + " is not running; its status is "
                    + q.status());
        }
        return Map.of("success", true);
    }

    public Map<String, Object> describe(QueryRequests.DescribeQueries r) {
        int max = Names.range("maxResults", r.maxResults(), 1000, 1, 1000);
        int offset = PageToken.offset("nextToken", r.nextToken());
        QueryStatus status = r.status() == null ? null : QueryValidation.status(r.status());
        List<QueryRecord> all = queries.values().stream()
                .filter(q -> status == null || q.status() == status)
                .filter(q -> r.logGroupName() == null || q.logGroupNames().contains(r.logGroupName()))
                .sorted(Comparator.comparingLong(QueryRecord::createTime).reversed().thenComparing(QueryRecord::queryId))
                .toList();
        List<Map<String, Object>> page = new ArrayList<>();
        for (QueryRecord q : all.stream().skip(offset).limit(max).toList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("queryLanguage", "CWLI");
            m.put("queryId", q.queryId());
            m.put("queryString", q.queryString());
            m.put("status", q.status().name());
            m.put("createTime", q.createTime());
            m.put("logGroupName", q.logGroupNames().get(0));
            if (q.finishTime() > 0) {
                m.put("queryDuration", q.finishTime() - q.createTime());
            }
            m.put("bytesScanned", q.statistics().bytesScanned());
            page.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("queries", page);
        if (offset + max < all.size()) {
            out.put("nextToken", PageToken.offset(offset + max));
        }
        return out;
    }

    private QueryRecord find(String id) {
        Names.required("queryId", id);
        QueryRecord q = queries.get(id);
        if (q == null) {
            throw ApiException.notFound("Query " + id + " does not exist");
        }
        return q;
    }

    private void update(QueryRecord rec) {
        queries.put(rec.queryId(), rec);
        if (!rec.status().active()) {
            runs.remove(rec.queryId());
        }
    }

    private void evictOld(long now) {
        long week = 7 * 86_400_000L;
        queries.values().removeIf(q -> !q.status().active() && q.finishTime() > 0 && q.finishTime() < now - week);
        if (queries.size() > MAX_KEPT) {
            queries.values().stream().filter(q -> !q.status().active())
                    .sorted(Comparator.comparingLong(QueryRecord::createTime)).limit(queries.size() - MAX_KEPT)
                    .map(QueryRecord::queryId).toList().forEach(queries::remove);
        }
    }

    @Override public void close() {
        runs.values().forEach(QueryRun::cancel);
        workers.shutdownNow();
    }
}
